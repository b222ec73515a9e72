package org.causo.library;

import java.util.List;

/**
 * What an import found in a pasted code of conduct, shown before anything is saved.
 *
 * @param title the title typed, or the first line of the text when none was
 * @param preamble what comes before the first section
 * @param sections the numbered sections found
 */
public record ConductPreview(String title, String preamble, List<ConductSection> sections) {

	public ConductPreview {
		sections = List.copyOf(sections);
	}

}
