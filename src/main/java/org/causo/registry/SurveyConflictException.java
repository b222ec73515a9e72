package org.causo.registry;

import org.causo.shared.ConflictException;

/** The same survey id was sent before with other answers: 409, nothing is overwritten. */
public class SurveyConflictException extends ConflictException {

	public SurveyConflictException() {
		super("survey.error.conflict", "survey.error.conflict.title", java.util.Map.of());
	}

}
