package org.causo.shared;

/**
 * Text as people type it: control characters (NUL, escape, the C1 range…) are never
 * stored. They come from broken files, copy and paste, or probing, and they break
 * exports, searches and PostgreSQL (which refuses NUL in text). Tabs and line breaks
 * stay: multi-line fields need them, and single-line fields fold them into spaces
 * themselves.
 */
public final class PlainText {

	private PlainText() {
	}

	/** The text without its control characters but tab, line feed and carriage return. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && !dropped(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!dropped(c)) {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/**
	 * The text on one line: control characters dropped, tabs and line breaks made spaces.
	 */
	public static String oneLine(String text) {
		String clean = clean(text);
		return (clean != null) ? clean.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ') : null;
	}

	private static boolean dropped(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
	}

}
