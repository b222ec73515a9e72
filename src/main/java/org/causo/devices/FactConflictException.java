package org.causo.devices;

import org.causo.shared.ConflictException;

/**
 * A field event's id was sent before with other content: 409, nothing is overwritten.
 */
public class FactConflictException extends ConflictException {

	public FactConflictException() {
		super("devices.error.conflict", "devices.error.conflict.title", java.util.Map.of());
	}

}
