package org.causo.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An officer's attempt at a quiz.
 *
 * @param id id
 * @param quizId the quiz
 * @param officerId who
 * @param number 1 for the first attempt
 * @param questionIds the questions drawn, in order
 * @param startedAt when it began
 * @param deadline when its time runs out, or null without a limit
 * @param finishedAt when the answers came, or null while open
 * @param late whether they came after the deadline
 * @param score the score in percent, once finished
 * @param passed whether it passed, once finished
 * @param chosen the options chosen, by question id
 * @param marks the marks (0..1), by question id
 */
public record Attempt(long id, long quizId, long officerId, int number, List<Long> questionIds, Instant startedAt,
		Instant deadline, Instant finishedAt, boolean late, Double score, Boolean passed,
		Map<Long, List<Integer>> chosen, Map<Long, Double> marks) {

	public boolean open() {
		return this.finishedAt == null;
	}

}
