package org.causo.library;

import java.util.List;

/**
 * A quiz's results within the viewer's scope: per post, per officer (only for those who
 * may see names; empty for the analyst), and each question's statistics.
 *
 * @param quiz the quiz
 * @param posts the figures of each post in scope
 * @param officers each officer's standing, or empty when names are not to be shown
 * @param questions each question's statistics over first attempts
 */
public record QuizResults(Quiz quiz, List<PostResult> posts, List<OfficerResult> officers,
		List<QuestionStatistics> questions) {

	/** Whether an officer passed, failed every attempt so far, or has not taken it. */
	public enum Status {

		PASSED, FAILED, NOT_TAKEN

	}

	/**
	 * One post's figures.
	 *
	 * @param postId the post
	 * @param postName its name
	 * @param officers active officers expected to take it
	 * @param passed who passed
	 * @param failed who took it and has not passed
	 * @param notTaken who has not taken it
	 */
	public record PostResult(long postId, String postName, int officers, int passed, int failed, int notTaken) {

	}

	/**
	 * One officer's standing.
	 *
	 * @param name display name
	 * @param postName the officer's post
	 * @param attempts attempts finished
	 * @param best best score in percent, or null
	 * @param status passed, failed or not taken
	 */
	public record OfficerResult(String name, String postName, int attempts, Double best, Status status) {

	}

	/**
	 * A question's statistics, as Moodle's report computes them (see
	 * {@code ItemStatistics}).
	 *
	 * @param questionId the question
	 * @param text its text
	 * @param attempts first attempts it appeared in
	 * @param facility facility index in percent, or null
	 * @param discrimination discrimination index in percent, or null
	 * @param weak flagged for review
	 */
	public record QuestionStatistics(long questionId, String text, int attempts, Double facility, Double discrimination,
			boolean weak) {

	}

}
