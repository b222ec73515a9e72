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
 */
public record AssignmentDraft(UUID id, Long householdId, Long memberId, LocalDate assignedOn) {

}
