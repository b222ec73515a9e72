package org.causo.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A resident attended a class (published once per attendance, not on a replay).
 *
 * @param attendanceId the event's id
 * @param classId the class
 * @param residentId the resident
 * @param attendedOn the class's day
 */
public record AttendanceRecorded(UUID attendanceId, long classId, long residentId, LocalDate attendedOn) {

}
