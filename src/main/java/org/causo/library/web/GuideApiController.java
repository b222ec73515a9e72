package org.causo.library.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.library.GuideContent;
import org.causo.library.GuideOpenings;
import org.causo.library.GuideSummary;
import org.causo.library.Guides;
import org.causo.shared.web.Allowed;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API for writing guides, with the editors' rights. Pictures and voices are uploaded
 * through the editor's pages.
 */
@RestController
@RequestMapping("/api/guides")
@PreAuthorize(Allowed.COMMAND)
@Tag(name = "Library: guides", description = "Picture-and-voice guides: drafts, steps, texts, publishing, openings")
class GuideApiController {

	private final Guides guides;

	GuideApiController(Guides guides) {
		this.guides = guides;
	}

	/**
	 * A new guide.
	 *
	 * @param slug its public address
	 * @param title its Vietnamese title
	 */
	record NewGuide(String slug, String title) {

	}

	/**
	 * Words in a language.
	 *
	 * @param lang the language code
	 * @param text the words
	 */
	record Words(String lang, String text) {

	}

	@GetMapping
	@Operation(summary = "Every guide with its published version, draft and openings in the last 30 days")
	List<GuideSummary> list(@RequestParam(defaultValue = "vi") String lang) {
		return this.guides.all(lang);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new guide with its Vietnamese title and an empty draft")
	GuideContent create(@RequestBody NewGuide guide) {
		return this.guides.latest(this.guides.create(guide.slug(), guide.title()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "The newest version: the draft, else the published one")
	GuideContent get(@PathVariable long id) {
		return this.guides.latest(id);
	}

	@PutMapping("/{id}/title")
	@Operation(summary = "The title in a language (a new draft if the guide was published)")
	GuideContent title(@PathVariable long id, @RequestBody Words words) {
		this.guides.setTitle(id, words.lang(), words.text());
		return this.guides.latest(id);
	}

	@PostMapping("/{id}/steps")
	@Operation(summary = "Add an empty step at the end")
	GuideContent addStep(@PathVariable long id) {
		this.guides.addStep(id);
		return this.guides.latest(id);
	}

	@PutMapping("/{id}/steps/{position}/text")
	@Operation(summary = "A step's words in a language")
	GuideContent text(@PathVariable long id, @PathVariable int position, @RequestBody Words words) {
		this.guides.setText(id, position, words.lang(), words.text());
		return this.guides.latest(id);
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish the draft (every step needs its Vietnamese words)")
	GuideContent publish(@PathVariable long id) {
		this.guides.publish(id);
		return this.guides.latest(id);
	}

	@GetMapping("/{id}/openings")
	@Operation(summary = "Openings per Vietnam-local day and language, the last 30 days: counts only")
	GuideOpenings openings(@PathVariable long id) {
		return this.guides.openings(id);
	}

}
