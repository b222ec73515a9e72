package org.causo.training;

import org.causo.shared.ConflictException;

/** An attendance id was sent before with other content: 409, nothing is overwritten. */
public class AttendanceConflictException extends ConflictException {

	public AttendanceConflictException() {
		super("attendance.error.conflict", "attendance.error.conflict.title", java.util.Map.of());
	}

}
