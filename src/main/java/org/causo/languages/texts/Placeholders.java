package org.causo.languages.texts;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {0}}, {@code {1,number}}… of a text: a translation must keep exactly the
 * Vietnamese text's, or the page would lose a number or show a brace.
 */
public final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

	private Placeholders() {
	}

	/** The placeholders of a text, as {@code {0}}, {@code {1}}, in order. */
	public static Set<String> of(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher((text != null) ? text : "");
		while (m.find()) {
			found.add("{" + m.group(1) + "}");
		}
		return found;
	}

}
