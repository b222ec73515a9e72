package org.causo.mailbox;

import java.time.YearMonth;

/**
 * Which figures to compute.
 *
 * @param by how rows are grouped
 * @param postId one post, or null for every post in scope
 * @param kind crime tips or feedback
 * @param from first month (inclusive, local time), or null
 * @param to last month (inclusive, local time), or null
 */
public record StatsQuery(Dimension by, Long postId, MailboxKind kind, YearMonth from, YearMonth to) {

	public StatsQuery {
		by = (by != null) ? by : Dimension.POST;
		kind = (kind != null) ? kind : MailboxKind.CRIME_TIP;
	}

	/** How rows are grouped. */
	public enum Dimension {

		POST, MAILBOX, POINT, CATEGORY, MONTH

	}

}
