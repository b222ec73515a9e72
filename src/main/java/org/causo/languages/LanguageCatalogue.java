package org.causo.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.languages.catalogue.LanguageStore;
import org.causo.languages.catalogue.LanguageStore.Row;
import org.causo.languages.catalogue.NewLanguage;
import org.causo.languages.texts.PublicTexts;
import org.causo.languages.texts.TranslatedMessages;
import org.causo.languages.texts.TranslationStore;
import org.causo.shared.Languages;
import org.causo.shared.NotFoundException;
import org.causo.shared.PublicLanguages;
import org.causo.shared.web.Allowed;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The languages the application speaks: Vietnamese, English and French from the bundles,
 * and those an admin added, whose texts people type on the translation screen. A public
 * page offers an added language once it is enabled and at least
 * {@code causo.languages.offered-at-percent} of the public texts are translated (the rest
 * shows in Vietnamese). Every change is audited and takes effect on the next page.
 */
@Service
@Transactional
public class LanguageCatalogue implements PublicLanguages, SmartInitializingSingleton {

	private final LanguageStore languages;

	private final TranslationStore translations;

	private final PublicTexts texts;

	private final TranslatedMessages messages;

	private final MessageSource bundles;

	private final AuditTrail audit;

	private final int offeredAt;

	/** What public pages offer, worked out after each change rather than per page. */
	private volatile List<Choice> offered = PublicLanguages.BUILT_IN.offered();

	LanguageCatalogue(LanguageStore languages, TranslationStore translations, PublicTexts texts,
			TranslatedMessages messages, AuditTrail audit,
			@Value("${causo.languages.offered-at-percent:95}") int offeredAt) {
		this.languages = languages;
		this.translations = translations;
		this.texts = texts;
		this.messages = messages;
		this.bundles = messages.getParentMessageSource();
		this.audit = audit;
		this.offeredAt = offeredAt;
	}

	/**
	 * Every language: the built-in ones first, then the added ones in the order added.
	 */
	@Transactional(readOnly = true)
	public List<LanguageView> all() {
		int total = this.texts.count();
		List<LanguageView> all = new ArrayList<>();
		for (Locale builtIn : Languages.OFFERED) {
			String code = builtIn.getLanguage();
			all.add(new LanguageView(code, this.bundles.getMessage("lang." + code, null, builtIn),
					this.bundles.getMessage("lang." + code, null, Languages.VIETNAMESE), true, true, total, total,
					true));
		}
		Map<String, Map<String, String>> typed = this.translations.all();
		for (Row row : this.languages.list()) {
			int done = translated(typed.getOrDefault(row.code(), Map.of()));
			all.add(new LanguageView(row.code(), row.nameNative(), row.nameVi(), false, row.enabled(), done, total,
					row.enabled() && done * 100L >= (long) this.offeredAt * total));
		}
		return all;
	}

	/** A language by its code, built in or added. */
	@Transactional(readOnly = true)
	public LanguageView get(String code) {
		return all().stream()
			.filter((l) -> l.code().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("language"));
	}

	/**
	 * The codes content (guides) may be written in: the built-in languages and the added
	 * ones switched on, Vietnamese first. Cheap: no translation is counted.
	 */
	@Transactional(readOnly = true)
	public List<String> contentLanguages() {
		List<String> codes = new ArrayList<>(Languages.codes());
		this.languages.list().stream().filter(Row::enabled).map(Row::code).forEach(codes::add);
		return codes;
	}

	/** Whether the application knows this language, built in or added. */
	@Transactional(readOnly = true)
	public boolean isKnown(String code) {
		return code != null && (Languages.of(code).isPresent() || this.languages.find(code).isPresent());
	}

	/** The languages public pages offer, Vietnamese first. */
	@Override
	public List<Choice> offered() {
		return this.offered;
	}

	@PreAuthorize(Allowed.ADMINS)
	public LanguageView add(LanguageDraft draft) {
		Row row = NewLanguage.checked(draft.code(), draft.nameNative(), draft.nameVi(), draft.enabled(),
				(code) -> this.languages.find(code).isPresent());
		this.languages.insert(row);
		this.audit.record("LANGUAGE_ADDED", "language", row.code(), row.nameVi() + " (" + row.nameNative() + ")");
		refreshAfterCommit();
		return get(row.code());
	}

	/** Lets public pages offer an added language, or stops them. */
	@PreAuthorize(Allowed.ADMINS)
	public LanguageView setEnabled(String code, boolean enabled) {
		Row row = this.languages.find(code).orElseThrow(() -> new NotFoundException("language"));
		this.languages.update(new Row(row.code(), row.nameNative(), row.nameVi(), enabled));
		this.audit.record(enabled ? "LANGUAGE_ENABLED" : "LANGUAGE_DISABLED", "language", row.code(), row.nameVi());
		refreshAfterCommit();
		return get(row.code());
	}

	/**
	 * Reads the translations and works out what public pages offer again, once the change
	 * is committed (a change rolled back changes nothing).
	 */
	public void refreshAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refresh();
				}
			});
		}
		else {
			refresh();
		}
	}

	private void refresh() {
		Map<String, Map<String, String>> typed = this.translations.all();
		this.messages.use(typed);
		List<Choice> now = new ArrayList<>(PublicLanguages.BUILT_IN.offered());
		int total = this.texts.count();
		for (Row row : this.languages.list()) {
			int done = translated(typed.getOrDefault(row.code(), Map.of()));
			if (row.enabled() && done * 100L >= (long) this.offeredAt * total) {
				now.add(new Choice(row.code(), row.nameNative()));
			}
		}
		this.offered = List.copyOf(now);
	}

	@Override
	public void afterSingletonsInstantiated() {
		refresh();
	}

	private int translated(Map<String, String> typed) {
		return (int) this.texts.vietnamese().stream().filter((t) -> typed.containsKey(t.key())).count();
	}

}
