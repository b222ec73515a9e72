package org.causo.library.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.causo.library.LawResults.Snippet;
import org.causo.shared.SearchKey;

/**
 * A short passage of an article around the first word of the query, the query's words
 * marked. The text is folded letter by letter, so that a match found in the folded text
 * sits at the same place in the text as written.
 */
public final class Snippets {

	static final int BEFORE = 60;

	static final int LENGTH = 220;

	private Snippets() {
	}

	public static List<Snippet> of(String body, List<String> words) {
		String folded = foldInPlace(body);
		Set<String> wanted = Set.copyOf(words);
		int first = -1;
		List<int[]> matches = new ArrayList<>();
		int i = 0;
		while (i < folded.length()) {
			if (folded.charAt(i) == ' ') {
				i++;
				continue;
			}
			int end = folded.indexOf(' ', i);
			end = (end < 0) ? folded.length() : end;
			if (wanted.contains(folded.substring(i, end))) {
				matches.add(new int[] { i, end });
			}
			i = end;
		}
		// the passage starts where two words of the query stand together, else at the
		// first
		for (int m = 0; m < matches.size() && first < 0; m++) {
			if (m + 1 < matches.size() && folded.substring(matches.get(m)[1], matches.get(m + 1)[0]).isBlank()) {
				first = matches.get(m)[0];
			}
		}
		first = (first < 0 && !matches.isEmpty()) ? matches.get(0)[0] : first;
		int start = (first < 0) ? 0 : Math.max(0, body.lastIndexOf(' ', Math.max(0, first - BEFORE)) + 1);
		int stop = Math.min(body.length(), start + LENGTH);
		if (stop < body.length() && body.lastIndexOf(' ', stop) > start) {
			stop = body.lastIndexOf(' ', stop);
		}
		List<Snippet> parts = new ArrayList<>();
		int at = start;
		for (int[] m : matches) {
			if (m[0] >= start && m[1] <= stop) {
				String gap = body.substring(at, m[0]);
				if (!parts.isEmpty() && parts.get(parts.size() - 1).match() && at > start && gap.isBlank()) {
					// words matched side by side make one mark
					Snippet last = parts.remove(parts.size() - 1);
					parts.add(new Snippet(last.text() + gap + body.substring(m[0], m[1]), true));
				}
				else {
					add(parts, gap, false);
					add(parts, body.substring(m[0], m[1]), true);
				}
				at = m[1];
			}
		}
		add(parts, body.substring(at, stop).replace("\n\n", " ") + ((stop < body.length()) ? " …" : ""), false);
		return parts;
	}

	private static void add(List<Snippet> parts, String text, boolean match) {
		if (!text.isEmpty()) {
			parts.add(new Snippet(text.replace("\n\n", " "), match));
		}
	}

	/**
	 * Each letter folded on its own, any other sign a space: the same length as the text.
	 */
	static String foldInPlace(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String f = (c < 0x80) ? String.valueOf(Character.toLowerCase(c)) : SearchKey.of(String.valueOf(c));
			char one = (f.length() == 1) ? f.charAt(0) : ' ';
			out.append(((one >= 'a' && one <= 'z') || (one >= '0' && one <= '9')) ? one : ' ');
		}
		return out.toString();
	}

}
