package org.causo.languages.texts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.causo.languages.PublicText;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The texts of every public page, read from the Vietnamese bundles: what the translation
 * screen lists and what "translated enough" counts. The pages are defined here and only
 * here: a new public page (the guides) is one more line in {@link #PAGES}.
 */
@Component
public class PublicTexts {

	/** The public pages, each as the bundle and key prefixes its texts have. */
	static final List<Page> PAGES = List.of(
			new Page("common", "shared",
					List.of("app.name", "layout.language", "layout.demo.public", "layout.demo.reading", "pager.",
							"error.")),
			new Page("law", "library",
					List.of("law.title", "law.search.", "law.recent", "law.back", "law.toc", "law.preamble",
							"law.article", "law.annex", "law.chapter", "law.number", "law.type", "law.documentTitle",
							"law.issuer", "law.signedOn", "law.effectiveOn", "law.status", "law.source", "law.link.",
							"law.linkedBy.", "law.filter", "law.qr")),
			new Page("mailbox", "mailbox",
					List.of("tip.", "busy.", "closed.", "receipt.", "thread.", "report.status.")),
			new Page("guides", "guides",
					List.of("guide.list.", "guide.back", "guide.check", "guide.fallback", "guide.listen", "guide.qr",
							"guide.step", "guide.editor.pictureOf")),
			new Page("conduct", "library",
					List.of("conduct.home", "conduct.older", "conduct.qr", "conduct.readCurrent", "conduct.section",
							"conduct.version", "conduct.versions")),
			new Page("offline", "library", List.of("law.offline.")));

	private final List<PublicText> texts;

	public PublicTexts() {
		this.texts = PAGES.stream().flatMap((p) -> p.texts().stream()).distinct().toList();
	}

	/** Every public text in Vietnamese, page by page, keys in order. */
	public List<PublicText> vietnamese() {
		return this.texts;
	}

	public Optional<PublicText> find(String key) {
		return this.texts.stream().filter((t) -> t.key().equals(key)).findFirst();
	}

	public int count() {
		return this.texts.size();
	}

	/** A public page: the bundle its texts are in and their key prefixes. */
	record Page(String name, String bundle, List<String> prefixes) {

		List<PublicText> texts() {
			Properties vi = load("i18n/" + this.bundle + ".properties");
			List<PublicText> found = new ArrayList<>();
			for (String key : vi.stringPropertyNames()) {
				if (this.prefixes.stream().anyMatch(key::startsWith)) {
					// shown as people read it: the bundles double apostrophes for
					// MessageFormat
					found.add(new PublicText(key, this.name, vi.getProperty(key).replace("''", "'"), null));
				}
			}
			found.sort(Comparator.comparing(PublicText::key));
			return found;
		}

		private static Properties load(String path) {
			Properties properties = new Properties();
			try (Reader in = new InputStreamReader(new ClassPathResource(path).getInputStream(),
					StandardCharsets.UTF_8)) {
				properties.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return properties;
		}

	}

}
