package org.causo.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded survey answer.
 *
 * @param id the event's id
 * @param householdId the household
 * @param recordedAt when the server stored it
 * @param recordedBy the officer who sent it
 * @param answers what the household answered
 */
public record SurveyView(UUID id, long householdId, Instant recordedAt, String recordedBy, SurveyAnswers answers) {

}
