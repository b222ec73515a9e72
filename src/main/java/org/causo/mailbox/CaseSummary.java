package org.causo.mailbox;

import java.time.Instant;

/**
 * A case as lists show it.
 *
 * @param id id
 * @param postId the post that runs it
 * @param title title
 * @param kind major or other
 * @param status {@code OPEN} or {@code CLOSED}
 * @param prosecuted whether criminal proceedings were started
 * @param arrests people arrested
 * @param reports reports linked to it
 * @param openedAt when it was opened
 */
public record CaseSummary(long id, long postId, String title, CaseKind kind, String status, boolean prosecuted,
		int arrests, long reports, Instant openedAt) {

}
