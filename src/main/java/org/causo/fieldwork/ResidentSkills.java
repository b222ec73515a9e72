package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A resident's skills: each skill of the catalogue reached or missing, and every event.
 *
 * @param residentId the resident
 * @param fullName the resident's name
 * @param householdId the household
 * @param skills each active skill (and retired ones already reached), in catalogue order
 * @param history every skill event, newest first
 */
public record ResidentSkills(long residentId, String fullName, long householdId, List<State> skills,
		List<SkillEventView> history) {

	/** Skills reached. */
	public List<State> reached() {
		return this.skills.stream().filter(State::reached).toList();
	}

	/** Skills still missing. */
	public List<State> missing() {
		return this.skills.stream().filter((s) -> !s.reached()).toList();
	}

	/**
	 * One skill for this resident.
	 *
	 * @param skill the skill
	 * @param reachedOn the day it was reached, null when missing
	 * @param method how it was confirmed
	 * @param confirmedBy who recorded it
	 */
	public record State(SkillView skill, LocalDate reachedOn, Method method, String confirmedBy) {

		public boolean reached() {
			return this.reachedOn != null;
		}

	}

}
