package org.causo.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded visit.
 *
 * @param id the visit's id
 * @param householdId the household
 * @param visitedOn the day
 * @param memberIds members present
 * @param taughtSkillIds skills taught
 * @param reachedEventIds the skill events recorded with it
 * @param surveyId the survey answer taken, or null
 * @param note the note
 * @param recordedBy who sent it
 * @param recordedAt when the server stored it
 */
public record VisitView(UUID id, long householdId, LocalDate visitedOn, List<Long> memberIds, List<Long> taughtSkillIds,
		List<UUID> reachedEventIds, UUID surveyId, String note, String recordedBy, Instant recordedAt) {

}
