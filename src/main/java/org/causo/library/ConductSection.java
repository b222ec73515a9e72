package org.causo.library;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One section of the code of conduct.
 *
 * @param position 1, 2, … in the version
 * @param number as written ("1", "12a")
 * @param heading its heading, possibly empty
 * @param body its text, paragraphs separated by blank lines
 */
public record ConductSection(int position, String number, String heading, String body) {

	/** The anchor of its deep link and QR code: {@code muc-3}. */
	public String anchor() {
		return anchor(this.number);
	}

	/** The anchor of a section numbered so. */
	public static String anchor(String number) {
		return "muc-" + number.toLowerCase(Locale.ROOT);
	}

	/** The body's paragraphs, for the page. */
	public List<String> paragraphs() {
		return Arrays.stream(this.body.split("\n\n")).filter((p) -> !p.isBlank()).toList();
	}

}
