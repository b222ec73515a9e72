package org.causo.identity.accounts;

import java.time.Instant;

import org.causo.identity.Role;

/**
 * An officer row with its secrets. Public for identity's own sub-packages (login, TOTP,
 * digest); it never leaves the module (ArchitectureTests).
 */
public record OfficerRow(long id, String username, String displayName, String passwordHash, Role role, Long scopeUnitId,
		Long scopePostId, String totpSecret, boolean totpEnabled, long totpLastStep, boolean mustChangePassword,
		int failedAttempts, Instant lockedUntil, boolean disabled, boolean demo, String email, boolean digest) {

	public boolean locked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
