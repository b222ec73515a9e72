package org.causo.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Marks skills reached for those marked present at a class.
 *
 * @param skills skill codes, among the class's; all of the class's when empty
 * @param reachedOn the day; the class's day when null
 * @param attendanceIds whose skills to mark, each marked present; everyone marked present
 * when empty
 */
public record SkillMarks(List<String> skills, LocalDate reachedOn, List<UUID> attendanceIds) {

	public SkillMarks {
		skills = (skills != null) ? skills.stream().distinct().toList() : List.of();
		attendanceIds = (attendanceIds != null) ? attendanceIds.stream().distinct().toList() : List.of();
	}

	public SkillMarks(List<String> skills, LocalDate reachedOn) {
		this(skills, reachedOn, null);
	}

}
