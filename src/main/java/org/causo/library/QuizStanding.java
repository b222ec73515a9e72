package org.causo.library;

import java.time.Instant;
import java.util.List;

/**
 * Where an officer stands at a quiz: the attempts made and whether another may start.
 *
 * @param quiz the quiz
 * @param attempts the officer's attempts, first first
 * @param open the attempt in progress, or null
 * @param canStart whether a new attempt may start now
 * @param nextStart when the wait between attempts ends, or null
 */
public record QuizStanding(Quiz quiz, List<Attempt> attempts, Attempt open, boolean canStart, Instant nextStart) {

	public boolean passed() {
		return this.attempts.stream().anyMatch((a) -> Boolean.TRUE.equals(a.passed()));
	}

	/** Attempts left, or null without a limit. */
	public Integer attemptsLeft() {
		return (this.quiz.maxAttempts() != null) ? Math.max(0, this.quiz.maxAttempts() - this.attempts.size()) : null;
	}

}
