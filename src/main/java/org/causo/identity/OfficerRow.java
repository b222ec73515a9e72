package org.causo.identity;

import java.time.Instant;

/** An officer row with its secrets; never leaves this package. */
record OfficerRow(long id, String username, String displayName, String passwordHash, Role role, Long scopeUnitId,
		Long scopePostId, String totpSecret, boolean totpEnabled, long totpLastStep, boolean mustChangePassword,
		int failedAttempts, Instant lockedUntil, boolean disabled, boolean demo, String email, boolean digest) {

	boolean locked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
