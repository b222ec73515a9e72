package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An officer takes back a skill recorded as reached, with the reason; both events stay in
 * the history.
 *
 * @param id the event's id, made by the client
 * @param residentId the resident
 * @param skillId the skill
 * @param revokedOn the day (today when absent)
 * @param reason why (required)
 */
public record RevokeDraft(UUID id, Long residentId, Long skillId, LocalDate revokedOn, String reason) {

}
