package org.causo.registry.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.causo.registry.HouseholdView;
import org.causo.registry.MoveDraft;
import org.causo.registry.Relation;
import org.causo.registry.ResidentDraft;
import org.causo.registry.ResidentView;
import org.causo.registry.households.HouseholdStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rules a resident and a move must follow, with a message key per broken rule. */
@Component
public class ResidentRules {

	public static final int MAX_NAME = 120;

	public static final Pattern PHONE = Pattern.compile("[0-9]{9,11}");

	public static final Pattern NATIONAL_ID = Pattern.compile("[0-9]{9}|[0-9]{12}");

	private final HouseholdStore households;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResidentRules(HouseholdStore households, JdbcClient jdbc, Clock clock) {
		this.households = households;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Clean check(Scope scope, ResidentDraft d, ResidentView existing) {
		List<Problem> problems = new ArrayList<>();
		String name = SearchKey.clean(d.fullName());
		if (name == null || name.isEmpty()) {
			problems.add(new Problem("fullName", "resident.error.name.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new Problem("fullName", "resident.error.name.tooLong", MAX_NAME));
		}
		if (d.sex() == null) {
			problems.add(new Problem("sex", "resident.error.sex"));
		}
		int thisYear = Year.now(this.clock).getValue();
		if (d.birthYear() != null && (d.birthYear() < 1900 || d.birthYear() > thisYear)) {
			problems.add(new Problem("birthYear", "resident.error.birthYear", thisYear));
		}
		if (d.relation() == null) {
			problems.add(new Problem("relation", "resident.error.relation"));
		}
		String phone = phone(d.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(new Problem("phone", "resident.error.phone"));
		}
		String nationalId = (d.nationalId() == null || d.nationalId().isBlank()) ? null
				: withoutSeparators(d.nationalId());
		if (nationalId != null && !NATIONAL_ID.matcher(nationalId).matches()) {
			problems.add(new Problem("nationalId", "resident.error.nationalId"));
		}
		HouseholdView household = null;
		if (existing != null) {
			household = household(Scope.all(), existing.householdId());
		}
		else if (d.householdId() == null) {
			problems.add(new Problem("householdId", "resident.error.household"));
		}
		else {
			household = household(scope, d.householdId(), problems);
		}
		if (household != null && d.relation() == Relation.HEAD && household.headResidentId() != null
				&& (existing == null || household.headResidentId() != existing.id())) {
			problems.add(new Problem("relation", "resident.error.headTaken", household.headName()));
		}
		InvalidInputException.throwIfAny(problems);
		return new Clean(name, phone, nationalId, household);
	}

	public HouseholdView checkMove(Scope scope, ResidentView resident, MoveDraft move, LocalDate on, LocalDate since) {
		List<Problem> problems = new ArrayList<>();
		HouseholdView to = null;
		if (move.householdId() == null) {
			problems.add(new Problem("householdId", "resident.error.household"));
		}
		else if (move.householdId() == resident.householdId()) {
			problems.add(new Problem("householdId", "resident.error.move.same"));
		}
		else {
			to = household(scope, move.householdId(), problems);
		}
		if (move.relation() == null) {
			problems.add(new Problem("relation", "resident.error.relation"));
		}
		else if (to != null && move.relation() == Relation.HEAD && to.headResidentId() != null) {
			problems.add(new Problem("relation", "resident.error.headTaken", to.headName()));
		}
		if (resident.archived()) {
			problems.add(new Problem(null, "resident.error.archived"));
		}
		if (on.isAfter(LocalDate.now(this.clock)) || (since != null && on.isBefore(since))) {
			problems.add(new Problem("movedOn", "resident.error.move.date"));
		}
		InvalidInputException.throwIfAny(problems);
		return to;
	}

	private HouseholdView household(Scope scope, long id) {
		return this.households.find(scope, id).orElseThrow(() -> new NotFoundException("household"));
	}

	private HouseholdView household(Scope scope, long id, List<Problem> problems) {
		try {
			HouseholdView h = household(scope, id);
			if (h.archived()) {
				problems.add(new Problem("householdId", "resident.error.household.archived"));
			}
			return h;
		}
		catch (NotFoundException ex) {
			problems.add(new Problem("householdId", "resident.error.household"));
			return null;
		}
	}

	public String pathOf(HouseholdView household) {
		return this.jdbc.sql("select unit_path from household where id = :id")
			.param("id", household.id())
			.query(String.class)
			.single();
	}

	/** A phone number as typed, reduced to digits ("+84 912-345-678" → "0912345678"). */
	/** The text without the spaces, dots, dashes and brackets people type in numbers. */
	public static String withoutSeparators(String typed) {
		StringBuilder out = new StringBuilder(typed.length());
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			if (!(c == '.' || c == '-' || c == '(' || c == ')' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B
					|| c == '\f' || c == '\r')) {
				out.append(c);
			}
		}
		return out.toString();
	}

	public static String phone(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String stripped = withoutSeparators(typed.strip());
		if (stripped.startsWith("+84")) {
			stripped = "0" + stripped.substring(3);
		}
		return stripped;
	}

	/**
	 * A resident's input, cleaned.
	 *
	 * @param name full name, composed
	 * @param phone digits or null
	 * @param nationalId digits or null (unchanged on an edit)
	 * @param household the household
	 */
	public record Clean(String name, String phone, String nationalId, HouseholdView household) {

	}

}
