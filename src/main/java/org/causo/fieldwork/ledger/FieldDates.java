package org.causo.fieldwork.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.causo.shared.InvalidInputException.Problem;

/**
 * The day of a field fact (a visit, a skill reached or revoked): given, not in the
 * future, and not before 2000 (a mistyped year).
 */
public final class FieldDates {

	private FieldDates() {
	}

	public static void check(String field, LocalDate on, Clock clock, List<Problem> problems) {
		if (on == null) {
			problems.add(new Problem(field, "fieldwork.error.date.required"));
		}
		else if (on.isAfter(LocalDate.now(clock)) || on.getYear() < 2000) {
			problems.add(new Problem(field, "fieldwork.error.date.range"));
		}
	}

}
