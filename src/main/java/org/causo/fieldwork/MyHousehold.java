package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.List;

import org.causo.registry.HouseholdView;
import org.causo.skills.SkillView;

/**
 * A household as the member who looks after it sees it: what each resident still misses,
 * the last visit and what to do next.
 *
 * @param household the household
 * @param residents each active resident with the skills missing
 * @param missing skills missing, counted over the residents
 * @param lastVisit the day of the last visit, null when none yet
 * @param lastSurvey the day of the latest survey answer, null when none
 * @param next what to do next, most urgent first
 */
public record MyHousehold(HouseholdView household, List<Person> residents, int missing, LocalDate lastVisit,
		LocalDate lastSurvey, List<Step> next) {

	/**
	 * A resident and the skills missing.
	 *
	 * @param residentId the resident
	 * @param fullName the name
	 * @param reached how many skills reached
	 * @param missing the skills missing, in teaching order
	 */
	public record Person(long residentId, String fullName, int reached, List<SkillView> missing) {

	}

	/**
	 * Something to do: FIRST_VISIT (no visit yet), SURVEY (no survey, or older than 6
	 * months), TEACH (the next skill missing, with how many residents miss it) or DONE.
	 *
	 * @param kind what
	 * @param skill the skill to teach, for TEACH
	 * @param residents residents missing it, for TEACH
	 */
	public record Step(String kind, SkillView skill, int residents) {

	}

}
