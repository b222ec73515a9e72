package org.causo.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The same survey id was sent before with other answers: 409, nothing is overwritten. */
@ResponseStatus(HttpStatus.CONFLICT)
public class SurveyConflictException extends RuntimeException {

	public SurveyConflictException() {
		super("survey id already used with other answers");
	}

}
