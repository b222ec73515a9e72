package org.causo.library.web;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.causo.library.DocumentStatus;
import org.causo.library.DocumentType;
import org.causo.library.LawFilter;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.LocalTimes;

import org.springframework.stereotype.Component;

/**
 * Reads the search's filters from plain GET parameters. A value no list offers (an
 * unknown type or status, a year that is not a number or out of range) is a problem the
 * page states in the reader's language, with a 400: a link that names a filter must not
 * silently list everything.
 */
@Component
class FilterParams {

	/** The first year a document can be signed: the republic's founding. */
	static final int FIRST_YEAR = 1945;

	/** The longest issuer read; longer is not one of the list's. */
	static final int MAX_ISSUER = 300;

	private final Clock clock;

	private final LocalTimes times;

	FilterParams(Clock clock, LocalTimes times) {
		this.clock = clock;
		this.times = times;
	}

	/** The filter, or the problems found in the parameters. */
	Read read(String type, String issuer, String year, String status) {
		List<Problem> problems = new ArrayList<>();
		DocumentType t = choice(DocumentType.values(), type, "type", "law.filter.error.type", problems);
		DocumentStatus s = choice(DocumentStatus.values(), status, "status", "law.filter.error.status", problems);
		String i = blank(issuer) ? null : issuer.strip();
		if (i != null && i.length() > MAX_ISSUER) {
			problems.add(new Problem("issuer", "law.filter.error.issuer"));
			i = null;
		}
		Integer y = year(year, problems);
		return new Read(new LawFilter(t, i, y, s), problems);
	}

	private Integer year(String year, List<Problem> problems) {
		if (blank(year)) {
			return null;
		}
		int last = Year.now(this.clock.withZone(this.times.zone())).getValue();
		String digits = year.strip();
		if (digits.matches("[0-9]{4}")) {
			int y = Integer.parseInt(digits);
			if (y >= FIRST_YEAR && y <= last) {
				return y;
			}
		}
		problems.add(new Problem("year", "law.filter.error.year", String.valueOf(FIRST_YEAR), String.valueOf(last)));
		return null;
	}

	private static <E extends Enum<E>> E choice(E[] values, String given, String field, String key,
			List<Problem> problems) {
		if (blank(given)) {
			return null;
		}
		E found = Arrays.stream(values).filter((v) -> v.name().equals(given.strip())).findFirst().orElse(null);
		if (found == null) {
			problems.add(new Problem(field, key));
		}
		return found;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * The filter read and what was wrong.
	 *
	 * @param filter the filter, without the parts that were wrong
	 * @param problems the message keys of what was wrong
	 */
	record Read(LawFilter filter, List<Problem> problems) {

	}

}
