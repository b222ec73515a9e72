package org.causo.registry;

import java.time.LocalDate;

/**
 * A period a resident belonged to a household.
 *
 * @param householdId the household
 * @param householdCode its code
 * @param relation relation to its head then
 * @param from first day
 * @param to last day, null while current
 * @param recordedBy the officer who recorded it
 */
public record Membership(long householdId, String householdCode, Relation relation, LocalDate from, LocalDate to,
		String recordedBy) {

}
