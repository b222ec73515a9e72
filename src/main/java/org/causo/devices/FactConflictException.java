package org.causo.devices;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A field event's id was sent before with other content: 409, nothing is overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class FactConflictException extends RuntimeException {

	public FactConflictException() {
		super("event id already used with other content");
	}

}
