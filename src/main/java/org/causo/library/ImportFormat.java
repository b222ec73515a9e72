package org.causo.library;

import java.util.Locale;
import java.util.Optional;

/** The formats a legal text is imported from. */
public enum ImportFormat {

	TEXT, MARKDOWN, HTML;

	/** The format a file's name announces (.txt, .md, .html), if it names one we read. */
	public static Optional<ImportFormat> ofFileName(String name) {
		String lower = (name != null) ? name.toLowerCase(Locale.ROOT) : "";
		if (lower.endsWith(".txt")) {
			return Optional.of(TEXT);
		}
		if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
			return Optional.of(MARKDOWN);
		}
		if (lower.endsWith(".html") || lower.endsWith(".htm")) {
			return Optional.of(HTML);
		}
		return Optional.empty();
	}

}
