package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who looked after a household, from when to when.
 *
 * @param id the assignment event's id
 * @param householdId the household
 * @param memberId the team member
 * @param memberName the member's name
 * @param fromDate assigned on
 * @param toDate reassigned (or the member left) on; null while current
 * @param recordedBy who assigned
 * @param endedBy who ended it
 * @param overrideReason why the member was given more than 5 households, or null
 * @param endReason why the household was unassigned, or null
 */
public record AssignmentView(UUID id, long householdId, long memberId, String memberName, LocalDate fromDate,
		LocalDate toDate, String recordedBy, String endedBy, String overrideReason, String endReason) {

}
