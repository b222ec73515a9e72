package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.causo.registry.SurveyDraft;

/**
 * A visit to a household as a device or the form sends it: an event with a client-made
 * id. The skills reached become skill events (each with its own id) and the survey
 * answers a registry survey observation.
 *
 * @param id the visit's id, made by the client
 * @param householdId the household
 * @param visitedOn the day
 * @param memberIds team members present
 * @param taughtSkillIds skills taught
 * @param reached skills reached by residents of the household
 * @param survey survey answers taken, or null
 * @param note a note, optional
 */
public record VisitDraft(UUID id, Long householdId, LocalDate visitedOn, List<Long> memberIds,
		List<Long> taughtSkillIds, List<Reached> reached, SurveyDraft survey, String note) {

	public VisitDraft {
		memberIds = (memberIds != null) ? memberIds.stream().distinct().sorted().toList() : List.of();
		taughtSkillIds = (taughtSkillIds != null) ? taughtSkillIds.stream().distinct().sorted().toList() : List.of();
		reached = (reached != null) ? List.copyOf(reached) : List.of();
	}

	/**
	 * A skill a resident reached during the visit.
	 *
	 * @param id the skill event's id, made by the client
	 * @param residentId a resident of the household
	 * @param skillId the skill
	 * @param method how it was confirmed (observed when absent)
	 */
	public record Reached(UUID id, Long residentId, Long skillId, Method method) {

	}

}
