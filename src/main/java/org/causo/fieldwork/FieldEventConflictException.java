package org.causo.fieldwork;

import java.util.UUID;

import org.causo.shared.ConflictException;

/**
 * A field fact's id was used before for other content (or another kind of fact): 409,
 * nothing is overwritten.
 */
public class FieldEventConflictException extends ConflictException {

	private final transient UUID id;

	public FieldEventConflictException(UUID id) {
		super("fieldwork.error.conflict", "fieldwork.error.conflict.title", java.util.Map.of("id", id), id.toString());
		this.id = id;
	}

	public UUID id() {
		return this.id;
	}

}
