package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.List;
import org.causo.skills.SkillView;

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

	/** Skills still missing, among those the skill's age rule gives this resident. */
	public List<State> missing() {
		return this.skills.stream().filter((s) -> !s.reached() && s.applies()).toList();
	}

	/**
	 * Skills not reached that are not for this resident yet (a child): not counted as
	 * missing, but a child who learns one may still have it recorded.
	 */
	public List<State> notYet() {
		return this.skills.stream().filter((s) -> !s.reached() && !s.applies()).toList();
	}

	/**
	 * One skill for this resident.
	 *
	 * @param skill the skill
	 * @param reachedOn the day it was reached, null when missing
	 * @param method how it was confirmed
	 * @param confirmedBy who recorded it
	 * @param applies whether the skill is for this resident (the catalogue's age rule)
	 */
	public record State(SkillView skill, LocalDate reachedOn, Method method, String confirmedBy, boolean applies) {

		public State(SkillView skill, LocalDate reachedOn, Method method, String confirmedBy) {
			this(skill, reachedOn, method, confirmedBy, true);
		}

		public State forResident(boolean applies) {
			return new State(this.skill, this.reachedOn, this.method, this.confirmedBy, applies);
		}

		public boolean reached() {
			return this.reachedOn != null;
		}

	}

}
