package org.causo.library.search;

import java.util.regex.Pattern;

import org.causo.shared.SearchKey;

/**
 * The text search compares: {@link SearchKey} (no diacritics, lower case, composed or
 * decomposed alike) with every sign but letters and digits made a space, so that
 * "57-NQ/TW", "57/NQ-TW" and "57 NQ TW" all read "57 nq tw".
 */
public final class SearchText {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

	private SearchText() {
	}

	public static String of(String text) {
		return NOT_A_WORD.matcher(SearchKey.of(text)).replaceAll(" ").strip();
	}

	/** The words of a text, folded. */
	public static String[] words(String text) {
		String folded = of(text);
		return folded.isEmpty() ? new String[0] : folded.split(" ");
	}

}
