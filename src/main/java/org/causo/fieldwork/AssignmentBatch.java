package org.causo.fieldwork;

import java.util.List;

/**
 * Several households given to one member at once (the page's checkboxes, one submit).
 *
 * @param memberId the team member
 * @param householdIds the households, at most 50
 * @param override an officer gives the member more than 5 households on purpose
 * @param reason why, required with the override
 */
public record AssignmentBatch(Long memberId, List<Long> householdIds, Boolean override, String reason) {

}
