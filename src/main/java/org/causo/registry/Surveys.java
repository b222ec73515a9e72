package org.causo.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.registry.surveys.SurveyStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Household survey answers: dated observations with a client-made id. Sending the same id
 * with the same answers again changes nothing; the same id with other answers is a
 * conflict (409). Nothing is overwritten. A survey may ask only some questions (a visit's
 * quick survey asks the phone counts): every reader sees the per-question state, where a
 * question not asked keeps its last known answer and the day it was given.
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
		if (this.store.insertIfNew(draft.id(), householdId, answers, CurrentActor.username())) {
			this.audit.record("SURVEY_RECORDED", "household", householdId, draft.id().toString());
			return this.store.find(draft.id()).orElseThrow();
		}
		SurveyView existing = this.store.find(draft.id()).orElseThrow();
		if (existing.householdId() != householdId || !existing.answers().equals(answers)) {
			throw new SurveyConflictException();
		}
		return existing;
	}

	/**
	 * The household's surveys, newest first, each as the state after it: what it asked,
	 * and for what it did not ask the answer known then, with its day.
	 */
	@Transactional(readOnly = true)
	public List<SurveyView> history(Scope scope, long householdId, int limit) {
		this.households.find(scope, householdId);
		List<SurveyView> states = new ArrayList<>();
		SurveyView state = null;
		for (SurveyView event : this.store.all(householdId)) {
			state = (state != null) ? event.over(state) : event;
			states.add(state);
		}
		java.util.Collections.reverse(states);
		return states.subList(0, Math.min(states.size(), Math.max(1, Math.min(limit, 500))));
	}

	/** The household's current state: the last known answer of each question. */
	@Transactional(readOnly = true)
	public Optional<SurveyView> latest(Scope scope, long householdId) {
		return history(scope, householdId, 1).stream().findFirst();
	}

	/**
	 * The current state of every household of a commune that the scope covers, by
	 * household id, in one query. Households whose phone count is unknown (never
	 * surveyed, or never asked) are absent.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, SurveyView> latestOfCommune(Scope scope, long communeId) {
		java.util.Map<Long, SurveyView> state = this.store.stateOfCommune(scope, communeId);
		state.values().removeIf((v) -> v.answers().smartphones() == null);
		return state;
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
		List<Long> owners = new ArrayList<>();
		owners.addAll((answers.smartphoneOwners() != null) ? answers.smartphoneOwners() : List.of());
		owners.addAll((answers.featurePhoneOwners() != null) ? answers.featurePhoneOwners() : List.of());
		if (!owners.isEmpty()
				&& this.jdbc.sql("select count(distinct id) from resident where household_id = :h and id = any(:ids)")
					.param("h", household.id())
					.param("ids", owners.stream().distinct().toArray(Long[]::new))
					.query(Long.class)
					.single() != owners.stream().distinct().count()) {
			problems.add(new Problem("owners", "survey.error.owners"));
		}
		InvalidInputException.throwIfAny(problems);
		return answers;
	}

	private static void phones(String field, Integer count, List<Problem> problems) {
		if (count != null && (count < 0 || count > MAX_PHONES)) {
			problems.add(new Problem(field, "survey.error.phones", MAX_PHONES));
		}
	}

}
