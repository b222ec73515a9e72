package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A skill reached, as a device or a form sends it: an event with a client-made id.
 *
 * @param id the event's id, made by the client
 * @param residentId the resident
 * @param skillId the skill
 * @param reachedOn the day it was confirmed
 * @param method how it was confirmed
 */
public record ReachDraft(UUID id, Long residentId, Long skillId, LocalDate reachedOn, Method method) {

}
