package org.causo.mailbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Too many submissions or receipt attempts for now. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyAttemptsException extends RuntimeException {

	public TooManyAttemptsException() {
		super("too many attempts");
	}

}
