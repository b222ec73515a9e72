package org.causo.devices;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up visit to a household that received a phone: an event with a client-made id.
 *
 * @param id the event's id, made by the client
 * @param visitedOn the day, not before the handover nor in the future
 * @param used whether the phone is used
 * @param note optional note
 */
public record FollowUpDraft(UUID id, LocalDate visitedOn, Boolean used, String note) {

}
