package org.causo.devices;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A phone handed over, as a device or a form sends it: an event with a client-made id.
 * Sending it again changes nothing; the same id with other content is a conflict.
 *
 * @param id the event's id, made by the client
 * @param deviceId the phone, in stock
 * @param householdId the receiving household
 * @param residentId the member who signed for it
 * @param handedOn the day, not in the future
 * @param note optional note
 */
public record HandoverDraft(UUID id, Long deviceId, Long householdId, Long residentId, LocalDate handedOn,
		String note) {

}
