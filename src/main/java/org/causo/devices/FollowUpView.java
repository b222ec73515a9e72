package org.causo.devices;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded follow-up visit.
 *
 * @param id the event's id
 * @param handoverId the handover it follows
 * @param visitedOn the day
 * @param used whether the phone is used
 * @param note note
 * @param recordedBy the officer who recorded it
 */
public record FollowUpView(UUID id, UUID handoverId, LocalDate visitedOn, boolean used, String note,
		String recordedBy) {

}
