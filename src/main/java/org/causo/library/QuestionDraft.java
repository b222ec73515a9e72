package org.causo.library;

import java.util.List;

/**
 * A question as an editor types it.
 *
 * @param kind single or multiple choice
 * @param topic what it is about
 * @param language the language code (vi, en, fr)
 * @param text the question
 * @param options the options, in order; blank ones are dropped
 * @param correct the positions (from 1) of the right options
 * @param picture an uploaded picture, or null to keep the one there is
 * @param removePicture whether to drop the picture there is
 */
public record QuestionDraft(QuestionKind kind, QuizTopic topic, String language, String text, List<String> options,
		List<Integer> correct, byte[] picture, boolean removePicture) {

}
