package org.causo.library;

import java.util.Map;

import org.causo.shared.ConflictException;

/**
 * An attempt that the quiz's rules do not allow now (none left, the wait not over, or
 * already finished): 409 with the reason in the officer's language.
 */
public class QuizRefusedException extends ConflictException {

	public QuizRefusedException(String messageKey) {
		super(messageKey, "quiz.error.refused", Map.of());
	}

}
