package org.causo.fieldwork.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.causo.fieldwork.VisitDraft;
import org.causo.registry.SurveyDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The visit form. Its id is made when the form is shown, and the ids of its skill events
 * and survey answer are derived from it, so a double submission is the same visit.
 *
 * @param id the visit's id
 * @param householdId the household
 * @param visitedOn the day
 * @param memberIds members present
 * @param taught skills taught
 * @param reached skills reached, each as {@code residentId-skillId}
 * @param smartphones smartphones in the household (quick survey), blank to skip
 * @param featurePhones basic phones (quick survey)
 * @param note a note
 */
record VisitForm(UUID id, Long householdId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
		List<Long> memberIds, List<Long> taught, List<String> reached, Integer smartphones, Integer featurePhones,
		String note) {

	VisitForm {
		memberIds = (memberIds != null) ? memberIds : List.of();
		taught = (taught != null) ? taught : List.of();
		reached = (reached != null) ? reached : List.of();
	}

	VisitDraft draft() {
		List<VisitDraft.Reached> events = new ArrayList<>();
		for (String pair : this.reached) {
			String[] parts = pair.split("-");
			if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
				events.add(new VisitDraft.Reached(derived("reached " + pair), Long.valueOf(parts[0]),
						Long.valueOf(parts[1]), null));
			}
		}
		SurveyDraft survey = (this.smartphones != null || this.featurePhones != null)
				? new SurveyDraft(derived("survey"), this.visitedOn, this.smartphones, this.featurePhones, null, null,
						null, null, null, null, null)
				: null;
		return new VisitDraft(this.id, this.householdId, this.visitedOn, this.memberIds, this.taught, events, survey,
				this.note);
	}

	private UUID derived(String what) {
		return UUID.nameUUIDFromBytes((this.id + " " + what).getBytes(StandardCharsets.UTF_8));
	}

}
