package org.causo.library;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.causo.languages.LanguageCatalogue;
import org.causo.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * The languages a guide is written in: the ones the application speaks and those
 * administrators added and switched on ({@link LanguageCatalogue#contentLanguages()});
 * {@link #offered()} is the one place that says so. Texts are stored under the language's
 * code, so a language added later needs no change to the tables.
 */
@Component
public class GuideLanguages {

	public static final String VIETNAMESE = "vi";

	/** A BCP 47 tag as the tables accept it: "vi", "hmn", "za-Latn". */
	private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	private final LanguageCatalogue catalogue;

	GuideLanguages(LanguageCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The content languages, Vietnamese first. */
	public List<String> offered() {
		return this.catalogue.contentLanguages();
	}

	/** Whether the code is a well-formed BCP 47 tag. */
	public static boolean wellFormed(String code) {
		return code != null && TAG.matcher(code).matches() && !Locale.forLanguageTag(code).getLanguage().isEmpty();
	}

	/** The code, if it is well formed and offered; a clear refusal otherwise. */
	public String check(String field, String code) {
		if (!wellFormed(code) || !offered().contains(code)) {
			throw InvalidInputException.of(field, "guide.error.language");
		}
		return code;
	}

}
