package org.causo.library.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.library.GuideContent;
import org.causo.library.GuideLanguages;
import org.causo.library.GuideReader;
import org.causo.library.Guides;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Writing guides: the list, a new guide, and the editor of a guide's draft, one content
 * language at a time, with what each language still lacks. Administrators and post
 * commanders.
 */
@Controller
@PreAuthorize(Allowed.COMMAND)
class GuideEditorController {

	private static final String EDITOR = "library/guide-editor";

	private final Guides guides;

	private final GuideReader reader;

	private final PublicUrl publicUrl;

	private final MessageSource messages;

	GuideEditorController(Guides guides, GuideReader reader, PublicUrl publicUrl, MessageSource messages) {
		this.guides = guides;
		this.reader = reader;
		this.publicUrl = publicUrl;
		this.messages = messages;
	}

	@GetMapping("/admin/guides")
	String list(Model model) {
		model.addAttribute("guides", this.guides.all(LocaleContextHolder.getLocale().getLanguage()));
		return "library/guide-admin";
	}

	@PostMapping("/admin/guides")
	String create(@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String title,
			Model model, HttpServletResponse response) {
		try {
			return "redirect:/admin/guides/" + this.guides.create(slug, title);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("slug", slug);
			model.addAttribute("title", title);
			return list(model);
		}
	}

	@GetMapping("/admin/guides/{id}")
	String edit(@PathVariable long id, @RequestParam(name = "content", required = false) String content, Model model) {
		String lang = this.guides.languages().contains(content) ? content : GuideLanguages.VIETNAMESE;
		GuideContent guide = this.guides.latest(id);
		model.addAttribute("guide", guide);
		model.addAttribute("contentLang", lang);
		model.addAttribute("languages", this.guides.languages());
		model.addAttribute("openings", this.guides.openings(id));
		return EDITOR;
	}

	@PostMapping("/admin/guides/{id}/title")
	String title(@PathVariable long id, @RequestParam(name = "content", defaultValue = "") String lang,
			@RequestParam(defaultValue = "") String title, Model model, HttpServletResponse response) {
		return change(id, lang, null, model, response, () -> this.guides.setTitle(id, lang, title));
	}

	@PostMapping("/admin/guides/{id}/steps")
	String addStep(@PathVariable long id, @RequestParam(name = "content", defaultValue = "vi") String lang, Model model,
			HttpServletResponse response) {
		int[] added = new int[1];
		String view = change(id, lang, null, model, response, () -> added[0] = this.guides.addStep(id));
		return view.startsWith("redirect:") ? view + "#step-" + added[0] : view;
	}

	@PostMapping("/admin/guides/{id}/steps/{position}/text")
	String text(@PathVariable long id, @PathVariable int position,
			@RequestParam(name = "content", defaultValue = "") String lang,
			@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
		return change(id, lang, position, model, response, () -> this.guides.setText(id, position, lang, text));
	}

	@PostMapping("/admin/guides/{id}/steps/{position}/picture")
	String picture(@PathVariable long id, @PathVariable int position,
			@RequestParam(name = "content", defaultValue = "vi") String lang,
			@RequestParam(required = false) MultipartFile picture, Model model, HttpServletResponse response) {
		return change(id, lang, position, model, response,
				() -> this.guides.setPicture(id, position, bytes(picture, "picture")));
	}

	@PostMapping("/admin/guides/{id}/steps/{position}/audio")
	String audio(@PathVariable long id, @PathVariable int position,
			@RequestParam(name = "content", defaultValue = "") String lang,
			@RequestParam(required = false) MultipartFile audio, Model model, HttpServletResponse response) {
		return change(id, lang, position, model, response,
				() -> this.guides.setAudio(id, position, lang, bytes(audio, "audio")));
	}

	@PostMapping("/admin/guides/{id}/steps/{position}/remove")
	String remove(@PathVariable long id, @PathVariable int position,
			@RequestParam(name = "content", defaultValue = "vi") String lang, Model model,
			HttpServletResponse response) {
		return change(id, lang, null, model, response, () -> this.guides.removeStep(id, position));
	}

	@PostMapping("/admin/guides/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(name = "content", defaultValue = "vi") String lang, Model model,
			HttpServletResponse response) {
		return change(id, lang, null, model, response, () -> this.guides.publish(id));
	}

	/** The published version's card, to print. */
	@GetMapping("/admin/guides/{id}/card.pdf")
	ResponseEntity<byte[]> card(@PathVariable long id, HttpServletRequest request) {
		GuideContent guide = this.guides.latest(id);
		String url = this.publicUrl.base(request) + "/guides/" + guide.slug();
		String hint = this.messages.getMessage("guide.card.hint", null, LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(guide.slug() + ".pdf").build().toString())
			.body(this.reader.card(id, url, hint));
	}

	/** Makes the change and goes back to the step; on bad input, the editor with 400. */
	private String change(long id, String lang, Integer position, Model model, HttpServletResponse response,
			Change change) {
		try {
			change.run();
			String content = this.guides.languages().contains(lang) ? lang : GuideLanguages.VIETNAMESE;
			return "redirect:/admin/guides/" + id + "?content=" + content
					+ ((position != null) ? "#step-" + position : "");
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("failedStep", position);
			return edit(id, lang, model);
		}
		catch (IOException ex) {
			FormErrors.show(InvalidInputException.of(null, "guide.error.upload"), model, response);
			return edit(id, lang, model);
		}
	}

	private static byte[] bytes(MultipartFile file, String field) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of(field, "guide.error.noFile");
		}
		return file.getBytes();
	}

	@FunctionalInterface
	private interface Change {

		void run() throws IOException;

	}

}
