package org.causo.training;

import java.util.UUID;

/**
 * A registered resident attended: an event with a client-made id.
 *
 * @param id the event's id, made by the client
 * @param residentId the resident, inside the officer's scope
 */
public record AttendanceDraft(UUID id, Long residentId) {

}
