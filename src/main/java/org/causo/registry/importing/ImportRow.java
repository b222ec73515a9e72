package org.causo.registry.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.causo.registry.Relation;
import org.causo.registry.Sex;
import org.causo.registry.search.Enums;
import org.causo.shared.SearchKey;

/** Parsing of single CSV cells: booleans, enums, dates, in the ways people type them. */
final class ImportRow {

	static final List<String> COLUMNS = List.of("household_code", "commune_code", "hamlet", "address", "latitude",
			"longitude", "household_ethnicity", "main_language", "poor", "near_poor", "policy", "full_name", "sex",
			"birth_year", "ethnicity", "languages", "reads_vietnamese", "relation", "phone", "national_id",
			"member_since");

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private ImportRow() {
	}

	/** Yes/no as typed: empty is no. Returns null when it is neither. */
	static Boolean flag(String text) {
		String key = SearchKey.of(text);
		return switch (key) {
			case "", "0", "no", "false", "khong", "non", "n" -> false;
			case "1", "yes", "true", "co", "x", "oui", "y" -> true;
			default -> null;
		};
	}

	static Sex sex(String text) {
		return switch (SearchKey.of(text)) {
			case "m", "male", "nam", "homme" -> Sex.MALE;
			case "f", "female", "nu", "femme" -> Sex.FEMALE;
			default -> null;
		};
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
		return Enums.of(type, SearchKey.of(text).replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT));
	}

	static Relation relation(String text) {
		return switch (SearchKey.of(text)) {
			case "chu ho" -> Relation.HEAD;
			case "vo", "chong", "vo/chong" -> Relation.SPOUSE;
			case "con" -> Relation.CHILD;
			default -> enumOf(Relation.class, text);
		};
	}

	/**
	 * ISO (2024-03-01), day/month/year (1/3/2024) or a spreadsheet's day number (45352,
	 * as an XLSX stores dates); null when none of them.
	 */
	static LocalDate date(String text) {
		String t = text.strip();
		if (t.matches("\\d{5}")) {
			return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t));
		}
		try {
			return t.contains("/") ? LocalDate.parse(t, DMY) : LocalDate.parse(t);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Text for PostgreSQL's COPY text format: null as \N, specials escaped. */
	static void copy(StringBuilder out, Object value) {
		if (value == null) {
			out.append("\\N");
			return;
		}
		String s = value.toString();
		int special = 0;
		while (special < s.length() && !needsEscape(s.charAt(special))) {
			special++;
		}
		if (special == s.length()) {
			out.append(s);
			return;
		}
		out.append(s, 0, special);
		for (int i = special; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

	private static boolean needsEscape(char c) {
		return c == '\\' || c == '\t' || c == '\n' || c == '\r';
	}

}
