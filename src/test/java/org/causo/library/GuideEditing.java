package org.causo.library;

import java.util.Map;

import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor writing a guide through the pages, as a browser with JavaScript off would.
 */
final class GuideEditing {

	private final WebSession editor;

	final long id;

	final String slug;

	private GuideEditing(WebSession editor, long id, String slug) {
		this.editor = editor;
		this.id = id;
		this.slug = slug;
	}

	/** A new guide with its Vietnamese title, made through the list page's form. */
	static GuideEditing create(WebSession editor, String slug, String title) {
		editor.get("/admin/guides");
		Page created = editor.post("/admin/guides", Map.of("slug", slug, "title", title));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		long id = Long.parseLong(created.location().replaceAll(".*/admin/guides/(\\d+)$", "$1"));
		return new GuideEditing(editor, id, slug);
	}

	String path() {
		return "/admin/guides/" + this.id;
	}

	Page editor(String content) {
		return this.editor.get(path() + "?content=" + content);
	}

	Page addStep() {
		this.editor.get(path());
		return this.editor.post(path() + "/steps", Map.of("content", "vi"));
	}

	Page text(int step, String lang, String text) {
		this.editor.get(path());
		return this.editor.post(path() + "/steps/" + step + "/text", Map.of("content", lang, "text", text));
	}

	Page title(String lang, String title) {
		this.editor.get(path());
		return this.editor.post(path() + "/title", Map.of("content", lang, "title", title));
	}

	Page publish() {
		this.editor.get(path());
		return this.editor.post(path() + "/publish", Map.of("content", "vi"));
	}

	Page upload(int step, String what, String lang, WebSession.Upload file) {
		this.editor.get(path());
		return this.editor.postFiles(path() + "/steps/" + step + "/" + what, Map.of("content", lang), what,
				java.util.List.of(file));
	}

	/** A guide with one step in Vietnamese, published. */
	GuideEditing withPublishedStep(String text) {
		assertThat(addStep().status()).isEqualTo(302);
		assertThat(text(1, "vi", text).status()).isEqualTo(302);
		assertThat(publish().status()).isEqualTo(302);
		return this;
	}

}
