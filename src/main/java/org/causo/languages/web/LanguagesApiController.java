package org.causo.languages.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.languages.LanguageCatalogue;
import org.causo.languages.LanguageDraft;
import org.causo.languages.LanguageView;
import org.causo.languages.PublicText;
import org.causo.languages.TextQuery;
import org.causo.languages.Translations;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.Paging;

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

/** JSON API for the languages and their translations, as the pages do them. */
@RestController
@RequestMapping("/api/languages")
@PreAuthorize(Allowed.ADMINS)
@Tag(name = "Languages", description = "Languages added by admins and the translations of the public pages")
class LanguagesApiController {

	private final LanguageCatalogue catalogue;

	private final Translations translations;

	LanguagesApiController(LanguageCatalogue catalogue, Translations translations) {
		this.catalogue = catalogue;
		this.translations = translations;
	}

	@GetMapping
	@Operation(summary = "Every language, built-in ones first, with the public texts each lacks")
	List<LanguageView> list() {
		return this.catalogue.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a language by its BCP 47 tag, with its name in itself and in Vietnamese")
	LanguageView add(@RequestBody LanguageDraft draft) {
		return this.catalogue.add(draft);
	}

	@PostMapping("/{code}/enabled")
	@Operation(summary = "Let public pages offer an added language once translated enough, or stop them")
	LanguageView enable(@PathVariable String code, @RequestParam boolean enabled) {
		return this.catalogue.setEnabled(code, enabled);
	}

	@GetMapping("/{code}/texts")
	@Operation(summary = "The public texts in Vietnamese with their translation (null when missing)")
	PageOf<PublicText> texts(@PathVariable String code, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean missing, Paging paging) {
		return this.translations.list(new TextQuery(code, q, missing), paging.request());
	}

	@PutMapping("/{code}/texts/{key}")
	@Operation(summary = "Save a translation typed by a person (an empty text removes it); placeholders must match")
	PublicText translate(@PathVariable String code, @PathVariable String key, @RequestBody TranslationBody body) {
		this.translations.save(code, key, body.text());
		return this.translations.list(new TextQuery(code, key, false), new PageOf.Request(0, PageOf.MAX_SIZE))
			.items()
			.stream()
			.filter((t) -> t.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	/** The body of a translation. */
	record TranslationBody(String text) {

	}

}
