package org.causo.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.causo.audit.AuditTrail;
import org.causo.languages.catalogue.LanguageStore;
import org.causo.languages.texts.Placeholders;
import org.causo.languages.texts.PublicTexts;
import org.causo.languages.texts.TranslationStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.SearchKey;
import org.causo.shared.web.Allowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translation screen: the public pages' texts in Vietnamese beside their translation
 * into an added language, and the translations people type, checked (the same
 * placeholders as the Vietnamese) and audited. Nothing is machine-translated.
 */
@Service
@Transactional
@PreAuthorize(Allowed.ADMINS)
public class Translations {

	static final int MAX_TEXT = 2000;

	private final PublicTexts texts;

	private final TranslationStore store;

	private final LanguageStore languages;

	private final LanguageCatalogue catalogue;

	private final AuditTrail audit;

	Translations(PublicTexts texts, TranslationStore store, LanguageStore languages, LanguageCatalogue catalogue,
			AuditTrail audit) {
		this.texts = texts;
		this.store = store;
		this.languages = languages;
		this.catalogue = catalogue;
		this.audit = audit;
	}

	/** A page of public texts with their translation into the query's language. */
	@Transactional(readOnly = true)
	public PageOf<PublicText> list(TextQuery query, PageOf.Request page) {
		String code = language(query.language());
		Map<String, String> typed = this.store.of(code);
		String q = SearchKey.of(query.q());
		List<PublicText> matching = new ArrayList<>();
		for (PublicText t : this.texts.vietnamese()) {
			PublicText row = new PublicText(t.key(), t.page(), t.vietnamese(), typed.get(t.key()));
			boolean found = q == null || q.isEmpty() || SearchKey.of(t.key()).contains(q)
					|| SearchKey.of(t.vietnamese()).contains(q)
					|| (row.translation() != null && SearchKey.of(row.translation()).contains(q));
			if (found && (!query.missingOnly() || row.missing())) {
				matching.add(row);
			}
		}
		int from = Math.min(page.page() * page.size(), matching.size());
		int to = Math.min(from + page.size(), matching.size());
		return new PageOf<>(matching.subList(from, to), page.page(), page.size(), matching.size());
	}

	/**
	 * Saves what someone typed as the translation of a public text; an empty text removes
	 * it, so that the page shows the Vietnamese again.
	 */
	public void save(String language, String key, String text) {
		String code = language(language);
		PublicText original = this.texts.find(key).orElseThrow(() -> new NotFoundException("text"));
		String clean = (text != null) ? text.strip() : "";
		if (clean.isEmpty()) {
			this.store.remove(code, key);
			this.audit.record("TRANSLATION_REMOVED", "translation", code, key);
		}
		else {
			if (clean.length() > MAX_TEXT) {
				throw InvalidInputException.of("text", "languages.error.text.tooLong", MAX_TEXT);
			}
			Set<String> wanted = Placeholders.of(original.vietnamese());
			Set<String> given = Placeholders.of(clean);
			if (!wanted.equals(given)) {
				throw InvalidInputException.of("text", "languages.error.placeholders", key,
						wanted.isEmpty() ? "—" : String.join(" ", wanted),
						given.isEmpty() ? "—" : String.join(" ", given));
			}
			this.store.put(code, key, clean, CurrentActor.username());
			this.audit.record("TRANSLATION_SAVED", "translation", code, key);
		}
		this.catalogue.refreshAfterCommit();
	}

	/**
	 * The code of an added language, as stored; built-in languages are not typed here.
	 */
	private String language(String code) {
		return this.languages.find((code != null) ? code : "")
			.map(LanguageStore.Row::code)
			.orElseThrow(() -> new NotFoundException("language"));
	}

}
