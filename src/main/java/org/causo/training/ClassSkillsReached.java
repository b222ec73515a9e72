package org.causo.training;

import java.time.LocalDate;
import java.util.List;

/**
 * The skills of a class were marked reached for those who attended. Fieldwork records
 * them as skills reached (skills only move forward, so a repeat changes nothing).
 *
 * @param classId the class
 * @param postId the post that ran it
 * @param residentIds the residents that got at least one new mark
 * @param skillCodes the skill codes marked
 * @param reachedOn the day
 */
public record ClassSkillsReached(long classId, long postId, List<Long> residentIds, List<String> skillCodes,
		LocalDate reachedOn) {

	public ClassSkillsReached {
		residentIds = List.copyOf(residentIds);
		skillCodes = List.copyOf(skillCodes);
	}

}
