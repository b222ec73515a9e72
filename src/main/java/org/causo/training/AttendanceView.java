package org.causo.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded attendance.
 *
 * @param id the event's id
 * @param classId the class
 * @param residentId the resident
 * @param householdId the resident's household then
 * @param walkIn registered on the spot
 * @param recordedBy the officer who recorded it
 * @param recordedAt when the server stored it
 * @param skillsMarked skill codes marked reached for this attendance
 * @param present the person came (true), did not (false), or not marked yet (null); a
 * walk-in came
 */
public record AttendanceView(UUID id, long classId, long residentId, long householdId, boolean walkIn,
		String recordedBy, Instant recordedAt, List<String> skillsMarked, Boolean present) {

	public AttendanceView {
		skillsMarked = List.copyOf(skillsMarked);
	}

}
