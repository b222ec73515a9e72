package org.causo.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded skill event.
 *
 * @param id the event's id
 * @param kind REACHED or REVOKED
 * @param residentId the resident
 * @param skillId the skill
 * @param on the day
 * @param method how a reached skill was confirmed (null for a revocation)
 * @param reason why it was revoked (null for a reach)
 * @param visitId the visit it was recorded at, if any
 * @param recordedBy the officer who sent it
 * @param recordedAt when the server stored it
 */
public record SkillEventView(UUID id, String kind, long residentId, long skillId, LocalDate on, Method method,
		String reason, UUID visitId, String recordedBy, Instant recordedAt) {

}
