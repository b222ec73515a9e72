package org.causo.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a text to the key that search compares: no diacritics, lower case, single spaces.
 * "Thu Lũm", "THU LUM" and a decomposed "Thu Lũm" all give "thu lum".
 */
public final class SearchKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchKey() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String folded = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * Names are stored composed (NFC), whatever form they arrived in, so that equal names
	 * are equal strings.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

	/** A LIKE pattern matching the key anywhere, with LIKE's own wildcards escaped. */
	public static String containsPattern(String query) {
		String key = of(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + key + "%";
	}

}
