package org.causo.fieldwork.skills;

import java.time.LocalDate;
import java.util.UUID;

import org.causo.fieldwork.Method;

/**
 * The content of a skill event as the ledger compares it on a replay; the demo writes the
 * same content for its events, so that a device replaying them sees no conflict.
 */
public final class SkillFacts {

	private SkillFacts() {
	}

	/** A skill reached. */
	public record Reached(Long residentId, Long skillId, LocalDate reachedOn, Method method, UUID visitId) {

	}

	/** A skill revoked. */
	public record Revoked(Long residentId, Long skillId, LocalDate revokedOn, String reason) {

	}

}
