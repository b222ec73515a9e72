package org.causo.shared.web.api;

import org.springframework.http.ResponseEntity;

/**
 * How every import endpoint answers: 200 with its report when the file was fine, 400 with
 * the same report (its errors by line and column) when it was not.
 */
public final class ImportAnswer {

	private ImportAnswer() {
	}

	public static <T> ResponseEntity<T> of(T report, boolean refused) {
		return refused ? ResponseEntity.badRequest().body(report) : ResponseEntity.ok(report);
	}

}
