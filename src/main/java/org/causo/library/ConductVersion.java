package org.causo.library;

import java.time.Instant;
import java.util.List;

/**
 * One published version of the code of conduct.
 *
 * @param id its id, what read marks are stored with
 * @param number 1, 2, … in the order published
 * @param title the title of this version
 * @param preamble what comes before the first section, possibly empty
 * @param publishedAt when it was published
 * @param current whether it is the current version (the one officers must have read)
 * @param sections its sections in order
 */
public record ConductVersion(long id, int number, String title, String preamble, Instant publishedAt, boolean current,
		List<ConductSection> sections) {

	public ConductVersion {
		sections = List.copyOf(sections);
	}

	/**
	 * A version in the list of versions, without its text.
	 *
	 * @param number 1, 2, …
	 * @param title its title
	 * @param publishedAt when it was published
	 */
	public record Summary(int number, String title, Instant publishedAt) {

	}

}
