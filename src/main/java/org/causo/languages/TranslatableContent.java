package org.causo.languages;

import java.util.List;

/**
 * Content that people translate where it is edited (a guide's steps in the guide editor),
 * shown on the translation screen beside the interface texts, so that one screen says
 * everything a language still lacks. A module with such content implements it; the
 * languages module knows nothing of guides.
 */
public interface TranslatableContent {

	/** What lacks a translation into the language, one line per piece of content. */
	List<ContentGap> gaps(String language);

	/**
	 * A piece of content and what it lacks in one language.
	 *
	 * @param title its name, in Vietnamese
	 * @param editPath where it is translated (an officer's page)
	 * @param missing how many of its texts lack a translation
	 * @param total how many texts it has
	 */
	record ContentGap(String title, String editPath, int missing, int total) {

	}

}
