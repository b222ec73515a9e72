package org.causo.training;

import java.time.LocalDate;
import java.util.List;

/**
 * Marks skills reached for everyone who attended a class.
 *
 * @param skills skill codes, among the class's; all of the class's when empty
 * @param reachedOn the day; the class's day when null
 */
public record SkillMarks(List<String> skills, LocalDate reachedOn) {

	public SkillMarks {
		skills = (skills != null) ? skills.stream().distinct().toList() : List.of();
	}

}
