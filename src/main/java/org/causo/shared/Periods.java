package org.causo.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The period of a report's figures: both ends included, each optional. An open start is
 * {@link #EARLIEST}, an open end {@link #LATEST}; an end before the start is bad input.
 */
public final class Periods {

	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/**
	 * The day after it still has a four-digit year, so a query can stop before that day.
	 */
	public static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

	private Periods() {
	}

	/**
	 * The period from {@code from} to {@code to}, either of them missing.
	 * @param messageKey what to tell the user when the end comes before the start
	 * @throws InvalidInputException on the field {@code to} when it does
	 */
	public static Period of(LocalDate from, LocalDate to, String messageKey) {
		Period period = new Period((from != null) ? from : EARLIEST, (to != null) ? to : LATEST);
		if (period.last().isBefore(period.first())) {
			throw InvalidInputException.of("to", messageKey);
		}
		return period;
	}

	/** From the first day to the last, both included. */
	public record Period(LocalDate first, LocalDate last) {

		/** The first moment of the period. */
		public LocalDateTime start() {
			return this.first.atStartOfDay();
		}

		/** The first moment after the period. */
		public LocalDateTime end() {
			return this.last.plusDays(1).atStartOfDay();
		}

	}

}
