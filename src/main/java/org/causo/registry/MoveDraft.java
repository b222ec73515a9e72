package org.causo.registry;

import java.time.LocalDate;

/**
 * A resident moving to another household.
 *
 * @param householdId the new household, inside the officer's scope
 * @param relation the relation to the new household's head
 * @param movedOn the day of the move; today when null
 */
public record MoveDraft(Long householdId, Relation relation, LocalDate movedOn) {

}
