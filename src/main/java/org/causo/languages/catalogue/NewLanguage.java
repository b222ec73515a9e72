package org.causo.languages.catalogue;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.causo.languages.catalogue.LanguageStore.Row;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Languages;
import org.causo.shared.SearchKey;

/**
 * A language an admin wants to add, checked: a well-formed BCP 47 tag in its canonical
 * form, neither built in (also {@code en-US}) nor added already, and two names.
 */
public final class NewLanguage {

	/** A BCP 47 tag of a language, with up to two more subtags: hmn, th, zh-Hant. */
	static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

	static final int MAX_NAME = 60;

	private NewLanguage() {
	}

	/** The row to store, or the problems in the admin's language. */
	public static Row checked(String code, String nameNative, String nameVi, Boolean enabled, Predicate<String> added) {
		List<Problem> problems = new ArrayList<>();
		String tag = code(code, added, problems);
		String nativeName = name("nameNative", nameNative, problems);
		String viName = name("nameVi", nameVi, problems);
		InvalidInputException.throwIfAny(problems);
		return new Row(tag, nativeName, viName, enabled == null || enabled);
	}

	private static String code(String given, Predicate<String> added, List<Problem> problems) {
		String code = (given != null) ? given.strip() : "";
		if (!CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "languages.error.code"));
			return code;
		}
		try {
			code = new Locale.Builder().setLanguageTag(code).build().toLanguageTag();
		}
		catch (IllformedLocaleException ex) {
			problems.add(new Problem("code", "languages.error.code"));
			return code;
		}
		if (Languages.of(Locale.forLanguageTag(code).getLanguage()).isPresent()) {
			problems.add(new Problem("code", "languages.error.code.builtIn", code));
		}
		else if (added.test(code)) {
			problems.add(new Problem("code", "languages.error.code.taken", code));
		}
		return code;
	}

	private static String name(String field, String text, List<Problem> problems) {
		String clean = SearchKey.clean(text);
		if (clean == null || clean.isEmpty()) {
			problems.add(new Problem(field, "languages.error.name.required"));
		}
		else if (clean.length() > MAX_NAME) {
			problems.add(new Problem(field, "languages.error.name.tooLong", MAX_NAME));
		}
		return clean;
	}

}
