package org.causo.library;

import java.util.List;

/**
 * A published guide as a reader sees it, in one language: where a text is missing, the
 * Vietnamese one stands in and the page says so.
 *
 * @param slug its public address
 * @param version the published version shown
 * @param lang the language asked for
 * @param title the title
 * @param fallback whether anything is shown in Vietnamese instead of {@code lang}
 * @param steps the steps in order
 */
public record GuidePage(String slug, int version, String lang, String title, boolean fallback, List<Step> steps) {

	/**
	 * A step as read.
	 *
	 * @param position 1 for the first
	 * @param text its words
	 * @param textLang the language the words are in
	 * @param audio the voice's media name, or {@code null}
	 * @param picture the picture, or {@code null}
	 */
	public record Step(int position, String text, String textLang, String audio, GuideContent.Picture picture) {

	}

}
