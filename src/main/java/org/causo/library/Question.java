package org.causo.library;

import java.util.List;

/**
 * A question of the bank.
 *
 * @param id id
 * @param kind single or multiple choice
 * @param topic what it is about
 * @param language language code
 * @param text the question
 * @param options the options, in order
 * @param hasPicture whether a picture goes with it
 * @param retired whether it is no longer drawn into quizzes
 */
public record Question(long id, QuestionKind kind, QuizTopic topic, String language, String text, List<Option> options,
		boolean hasPicture, boolean retired) {

	/** The positions of the right options. */
	public List<Integer> correct() {
		return this.options.stream().filter(Option::correct).map(Option::position).toList();
	}

	/**
	 * One option.
	 *
	 * @param position its number in the question, from 1
	 * @param text what it says
	 * @param correct whether it is right
	 */
	public record Option(int position, String text, boolean correct) {

	}

}
