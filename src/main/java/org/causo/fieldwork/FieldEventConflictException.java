package org.causo.fieldwork;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A field fact's id was used before for other content (or another kind of fact): 409,
 * nothing is overwritten.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class FieldEventConflictException extends RuntimeException {

	private final transient UUID id;

	public FieldEventConflictException(UUID id) {
		super("field event id already used with other content: " + id);
		this.id = id;
	}

	public UUID id() {
		return this.id;
	}

}
