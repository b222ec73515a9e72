package org.causo.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Household survey answers: dated observations with a client-made id. Sending the same id
 * with the same answers again changes nothing; the same id with other answers is a
 * conflict (409). Nothing is overwritten: the household shows the latest and the history.
 */
@Service
@Transactional
public class Surveys {

	static final int MAX_PHONES = 50;

	private final SurveyStore store;

	private final Households households;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	Surveys(SurveyStore store, Households households, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.households = households;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an answer; returns the stored event (the earlier one on a replay). */
	public SurveyView record(Scope scope, long householdId, SurveyDraft draft) {
		HouseholdView household = this.households.find(scope, householdId);
		SurveyAnswers answers = check(household, draft);
		if (this.store.insertIfNew(draft.id(), householdId, answers, Residents.actorName())) {
			this.audit.record("SURVEY_RECORDED", "household", householdId, draft.id().toString());
			return this.store.find(draft.id()).orElseThrow();
		}
		SurveyView existing = this.store.find(draft.id()).orElseThrow();
		if (existing.householdId() != householdId || !existing.answers().equals(answers)) {
			throw new SurveyConflictException();
		}
		return existing;
	}

	/** Answers of a household, newest first. */
	@Transactional(readOnly = true)
	public List<SurveyView> history(Scope scope, long householdId, int limit) {
		this.households.find(scope, householdId);
		return this.store.history(householdId, Math.max(1, Math.min(limit, 500)));
	}

	@Transactional(readOnly = true)
	public Optional<SurveyView> latest(Scope scope, long householdId) {
		return history(scope, householdId, 1).stream().findFirst();
	}

	/**
	 * The latest answers of every household of a commune that the scope covers, by
	 * household id, in one query (households never surveyed are absent).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, SurveyView> latestOfCommune(Scope scope, long communeId) {
		return this.store.latestOfCommune(scope, communeId);
	}

	private SurveyAnswers check(HouseholdView household, SurveyDraft d) {
		List<Problem> problems = new ArrayList<>();
		if (d.id() == null) {
			problems.add(new Problem("id", "survey.error.id"));
		}
		if (d.observedOn() == null) {
			problems.add(new Problem("observedOn", "survey.error.date.required"));
		}
		else if (d.observedOn().isAfter(LocalDate.now(this.clock)) || d.observedOn().getYear() < 2000) {
			problems.add(new Problem("observedOn", "survey.error.date.range"));
		}
		phones("smartphones", d.smartphones(), problems);
		phones("featurePhones", d.featurePhones(), problems);
		if (household.archived()) {
			problems.add(new Problem(null, "survey.error.archived"));
		}
		if (d.signal() != null) {
			d.signal().forEach((op, s) -> {
				if (s != null && s.bars() != null && (s.bars() < 0 || s.bars() > 4)) {
					problems.add(new Problem("signal", "survey.error.bars"));
				}
				if (s != null && s.network() == Network.NONE && s.bars() != null && s.bars() > 0) {
					problems.add(new Problem("signal", "survey.error.noneWithBars"));
				}
			});
		}
		SurveyAnswers answers = d.answers();
		List<Long> owners = new ArrayList<>(answers.smartphoneOwners());
		owners.addAll(answers.featurePhoneOwners());
		if (!owners.isEmpty()
				&& this.jdbc.sql("select count(distinct id) from resident where household_id = :h and id = any(:ids)")
					.param("h", household.id())
					.param("ids", owners.stream().distinct().toArray(Long[]::new))
					.query(Long.class)
					.single() != owners.stream().distinct().count()) {
			problems.add(new Problem("owners", "survey.error.owners"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return answers;
	}

	private static void phones(String field, Integer count, List<Problem> problems) {
		if (count != null && (count < 0 || count > MAX_PHONES)) {
			problems.add(new Problem(field, "survey.error.phones", MAX_PHONES));
		}
	}

}
