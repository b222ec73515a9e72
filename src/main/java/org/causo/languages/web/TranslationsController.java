package org.causo.languages.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.languages.LanguageCatalogue;
import org.causo.languages.TextQuery;
import org.causo.languages.TranslatableContent;
import org.causo.languages.Translations;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The translation screen of one added language: every public text in Vietnamese beside
 * its translation or "missing", searchable, the missing ones alone on demand, a page at a
 * time; each text is saved on its own.
 */
@Controller
@PreAuthorize(Allowed.ADMINS)
class TranslationsController {

	static final int PAGE_SIZE = 25;

	private final LanguageCatalogue catalogue;

	private final Translations translations;

	private final List<TranslatableContent> content;

	TranslationsController(LanguageCatalogue catalogue, Translations translations, List<TranslatableContent> content) {
		this.catalogue = catalogue;
		this.translations = translations;
		this.content = content;
	}

	@GetMapping("/admin/languages/{code}/texts")
	String texts(@PathVariable String code, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean missing, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("language", this.catalogue.get(code));
		model.addAttribute("languages", this.catalogue.all());
		model.addAttribute("q", q);
		model.addAttribute("missing", missing);
		model.addAttribute("contentGaps", this.content.stream().flatMap((c) -> c.gaps(code).stream()).toList());
		model.addAttribute("page", this.translations.list(new TextQuery(code, q, missing),
				new PageOf.Request(Math.max(page, 0), PAGE_SIZE)));
		return "languages/texts";
	}

	@PostMapping("/admin/languages/{code}/texts")
	String save(@PathVariable String code, @RequestParam String key, @RequestParam(required = false) String text,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean missing,
			@RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("typedKey", key);
		model.addAttribute("typedText", text);
		return FormErrors.saveOrShow(() -> {
			this.translations.save(code, key, text);
			return UriComponentsBuilder.fromPath("/admin/languages/{code}/texts")
				.queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter((s) -> !s.isBlank()))
				.queryParam("missing", missing)
				.queryParam("page", page)
				.buildAndExpand(code)
				.encode()
				.toUriString() + "#t-" + key.replace('.', '-');
		}, () -> texts(code, q, missing, page, model), model, response, redirect);
	}

}
