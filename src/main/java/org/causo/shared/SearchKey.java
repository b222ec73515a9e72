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
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String folded;
			if (c < 0x80) {
				if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
					space = !out.isEmpty();
					continue;
				}
				if (c >= 0x1C && c <= 0x1F) {
					return reference(text);
				}
				folded = null;
				appendSpace(out, space);
				space = false;
				out.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
				continue;
			}
			if (c >= 0x300 && c < 0x370) {
				// a combining mark of a decomposed text: dropped, as the marks of
				// composed
				// letters are
				continue;
			}
			folded = (c < FOLDED.length) ? FOLDED[c] : null;
			if (folded == null) {
				return reference(text);
			}
			appendSpace(out, space);
			space = false;
			out.append(folded);
		}
		return out.toString();
	}

	private static void appendSpace(StringBuilder out, boolean space) {
		if (space) {
			out.append(' ');
		}
	}

	/**
	 * The definition: decompose, drop the marks, đ to d, lower case, single spaces.
	 * {@link #of} gives the same, faster, for the Latin letters Vietnamese and its
	 * minority scripts use (a table made from this at start-up) and falls back to this
	 * for anything else.
	 */
	static String reference(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String folded = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** Letters from U+0080 to U+024F and U+1E00 to U+1EFF, folded one by one. */
	private static final String[] FOLDED = new String[0x1F00];

	static {
		for (int c = 0x80; c < FOLDED.length; c++) {
			if (c < 0x250 || c >= 0x1E00) {
				String one = String.valueOf((char) c);
				String folded = MARKS.matcher(Normalizer.normalize(one, Normalizer.Form.NFD))
					.replaceAll("")
					.replace('đ', 'd')
					.replace('Đ', 'D')
					.toLowerCase(Locale.ROOT);
				boolean plain = !folded.isEmpty() && folded.chars().noneMatch(Character::isWhitespace)
						&& !SPACES.matcher(folded).find();
				FOLDED[c] = plain ? folded : null;
			}
		}
	}

	/**
	 * Names are stored composed (NFC), whatever form they arrived in, so that equal names
	 * are equal strings.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		return tidy(composed) ? composed : SPACES.matcher(composed).replaceAll(" ").strip();
	}

	/**
	 * Whether the text has no space to collapse or strip (the usual case, which then
	 * needs no regular expression).
	 */
	private static boolean tidy(String text) {
		int n = text.length();
		if (n > 0 && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1)))) {
			return false;
		}
		boolean space = false;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (space) {
					return false;
				}
				space = true;
			}
			else if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
				return false;
			}
			else {
				space = false;
			}
		}
		return true;
	}

	/** A LIKE pattern matching the key anywhere, with LIKE's own wildcards escaped. */
	public static String containsPattern(String query) {
		String key = of(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + key + "%";
	}

}
