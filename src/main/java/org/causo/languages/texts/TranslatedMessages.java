package org.causo.languages.texts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.AbstractMessageSource;

/**
 * The application's messages: for a language admins added, the text people translated,
 * kept in memory and replaced whole when a translation is saved; for anything else (the
 * built-in languages, a text not yet translated) the bundles, whose base is Vietnamese.
 * So a missing translation shows in Vietnamese, never as a key or an empty string.
 */
public class TranslatedMessages extends AbstractMessageSource {

	/** Language tag, then message key, then the text as typed. */
	private volatile Map<String, Map<String, String>> texts = Map.of();

	public TranslatedMessages(org.springframework.context.MessageSource bundles) {
		setParentMessageSource(bundles);
	}

	/** Takes the translations now in the database, all at once. */
	public void use(Map<String, Map<String, String>> translations) {
		this.texts = Map.copyOf(translations);
	}

	private String text(String code, Locale locale) {
		Map<String, String> language = this.texts.get(locale.toLanguageTag());
		return (language != null) ? language.get(code) : null;
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		return text(code, locale);
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		String text = text(code, locale);
		// people type apostrophes as they are; MessageFormat wants them doubled
		return (text != null) ? createMessageFormat(text.replace("'", "''"), locale) : null;
	}

}
