package org.causo.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An attendance id was sent before with other content: 409, nothing is overwritten. */
@ResponseStatus(HttpStatus.CONFLICT)
public class AttendanceConflictException extends RuntimeException {

	public AttendanceConflictException() {
		super("attendance id already used with other content");
	}

}
