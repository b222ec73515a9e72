package org.causo.mailbox;

import java.math.BigDecimal;
import java.util.List;

/**
 * Mailbox figures: counts only, never content. A report counts as valuable once it has
 * reached VALUABLE (or CASE_OPENED), even after it moved on to CLOSED. Reports count in
 * the month they arrived; cases in the month they were opened, under the mailbox, QR
 * point and category of the report they were opened from.
 *
 * @param query what was asked
 * @param rows one row per group
 * @param total the sum of the rows
 * @param seizures seizures by kind and unit
 */
public record Figures(StatsQuery query, List<Group> rows, Group total, List<SeizureTotal> seizures) {

	/** The largest number of received reports in a row, for the chart's scale. */
	public long max() {
		return Math.max(1, this.rows.stream().mapToLong(Group::received).max().orElse(1));
	}

	/**
	 * One group.
	 *
	 * @param key the group's key: an id, a category code or a month
	 * @param label its name
	 * @param received reports received
	 * @param valuable reports found valuable
	 * @param majorCases major cases opened
	 * @param otherCases other cases opened
	 * @param arrests people arrested
	 */
	public record Group(String key, String label, long received, long valuable, long majorCases, long otherCases,
			long arrests) {

		/** The valuable share in whole percent. */
		public long valuablePercent() {
			return (this.received == 0) ? 0 : Math.round(this.valuable * 100.0 / this.received);
		}

		Group plus(Group other) {
			return new Group(this.key, this.label, this.received + other.received, this.valuable + other.valuable,
					this.majorCases + other.majorCases, this.otherCases + other.otherCases,
					this.arrests + other.arrests);
		}

	}

	/**
	 * Seized goods of one kind in one unit.
	 *
	 * @param kind what
	 * @param unit unit
	 * @param quantity total
	 */
	public record SeizureTotal(String kind, SeizureUnit unit, BigDecimal quantity) implements SeizedAmount {

	}

}
