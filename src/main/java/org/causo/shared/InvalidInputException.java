package org.causo.shared;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that breaks a rule, with message keys (and their arguments) for each problem, so
 * that the page or the API can say what is wrong in the user's language.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(new Problem(field, messageKey, args)));
	}

	/** Throws when the checks found any problem: the end of every form's validation. */
	public static void throwIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One broken rule.
	 *
	 * @param field the form field, or null for the whole form
	 * @param messageKey a key in the message bundles
	 * @param args arguments for the message
	 */
	public record Problem(String field, String messageKey, Object... args) {

	}

}
