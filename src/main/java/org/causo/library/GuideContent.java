package org.causo.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of a guide as its editors see it: every language's title and every step's
 * text and voice, by language code.
 *
 * @param guideId the guide
 * @param slug its public address, {@code /guides/{slug}}
 * @param version the version's number, 1 for the first
 * @param publishedAt when it was published; {@code null} for the draft
 * @param titles the title by language code
 * @param steps the steps in order
 */
public record GuideContent(long guideId, String slug, int version, Instant publishedAt, Map<String, String> titles,
		List<Step> steps) {

	public boolean published() {
		return this.publishedAt != null;
	}

	/** The title in Vietnamese, which every guide has. */
	public String title() {
		return this.titles.getOrDefault(GuideLanguages.VIETNAMESE, this.slug);
	}

	/** The steps that lack a text in the language. */
	public List<Integer> missingText(String lang) {
		return this.steps.stream().filter((s) -> s.text(lang).isBlank()).map(Step::position).toList();
	}

	/** The steps that lack a voice recording in the language. */
	public List<Integer> missingAudio(String lang) {
		return this.steps.stream().filter((s) -> s.audio(lang) == null).map(Step::position).toList();
	}

	/**
	 * A step.
	 *
	 * @param position 1 for the first
	 * @param picture the picture, or {@code null}
	 * @param texts the text and voice by language code
	 */
	public record Step(int position, Picture picture, Map<String, StepText> texts) {

		public String text(String lang) {
			StepText t = this.texts.get(lang);
			return (t != null) ? t.text() : "";
		}

		public String audio(String lang) {
			StepText t = this.texts.get(lang);
			return (t != null) ? t.audio() : null;
		}

	}

	/**
	 * A step's words and voice in one language.
	 *
	 * @param text one or two short sentences
	 * @param audio the recording's media name, or {@code null}
	 */
	public record StepText(String text, String audio) {

	}

	/**
	 * A step's picture at phone widths.
	 *
	 * @param small the media name of the 360 px picture
	 * @param large the media name of the 720 px picture
	 */
	public record Picture(String small, String large) {

	}

}
