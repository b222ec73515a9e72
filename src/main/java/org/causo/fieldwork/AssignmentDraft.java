package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household given to a team member (a reassignment when it had one): an event with a
 * client-made id.
 *
 * @param id the event's id
 * @param householdId the household
 * @param memberId the team member
 * @param assignedOn the day (today when absent)
 * @param override an officer gives the member more than 5 households on purpose
 * @param reason why, required with the override (kept in the history and the audit)
 */
public record AssignmentDraft(UUID id, Long householdId, Long memberId, LocalDate assignedOn, Boolean override,
		String reason) {

	public AssignmentDraft(UUID id, Long householdId, Long memberId, LocalDate assignedOn) {
		this(id, householdId, memberId, assignedOn, null, null);
	}

	boolean overridden() {
		return Boolean.TRUE.equals(this.override);
	}

}
