package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.causo.audit.AuditTrail;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.fieldwork.ledger.FieldDates;
import org.causo.fieldwork.visits.VisitStore;
import org.causo.orgunit.OrgUnits;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.registry.SurveyDraft;
import org.causo.registry.Surveys;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to households: who went, what was taught, the skills reached (skill events) and
 * the survey answers taken (a registry survey observation), all in one transaction and
 * idempotent by the visit's client-made id.
 */
@Service
@Transactional
public class Visits {

	static final int MAX_NOTE = 2000;

	private final VisitStore store;

	private final EventLedger ledger;

	private final Skills skills;

	private final SkillCatalogue catalogue;

	private final Teams teams;

	private final Households households;

	private final Residents residents;

	private final Surveys surveys;

	private final OrgUnits units;

	private final AuditTrail audit;

	private final Clock clock;

	Visits(VisitStore store, EventLedger ledger, Skills skills, SkillCatalogue catalogue, Teams teams,
			Households households, Residents residents, Surveys surveys, OrgUnits units, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.ledger = ledger;
		this.skills = skills;
		this.catalogue = catalogue;
		this.teams = teams;
		this.households = households;
		this.residents = residents;
		this.surveys = surveys;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public VisitView record(Scope scope, VisitDraft d) {
		if (d.id() == null) {
			throw InvalidInputException.of("id", "fieldwork.error.id");
		}
		String note = (d.note() != null && !d.note().isBlank()) ? d.note().strip() : null;
		SurveyDraft survey = (d.survey() != null) ? normalized(d.survey(), d.visitedOn()) : null;
		List<VisitDraft.Reached> reached = d.reached()
			.stream()
			.map((r) -> new VisitDraft.Reached(r.id(), r.residentId(), r.skillId(),
					(r.method() != null) ? r.method() : Method.OBSERVED))
			.sorted(Comparator.comparing((VisitDraft.Reached r) -> String.valueOf(r.id())))
			.toList();
		VisitDraft clean = new VisitDraft(null, d.householdId(), d.visitedOn(), d.memberIds(), d.taughtSkillIds(),
				reached, survey, note);
		String content = this.ledger.canonical(clean);
		if (this.ledger.isReplay(d.id(), "VISIT", content)) {
			return stored(scope, d.id());
		}
		if (d.householdId() == null) {
			throw InvalidInputException.of("householdId", "visit.error.household");
		}
		HouseholdView household = this.households.get(scope, d.householdId());
		check(scope, household, clean);
		if (!this.ledger.claimed(d.id(), "VISIT", content)) {
			return stored(scope, d.id());
		}
		UUID surveyId = null;
		if (survey != null) {
			surveyId = this.surveys.record(scope, household.id(), survey).id();
		}
		String path = this.units.get(Scope.all(), household.hamletId()).path();
		this.store.insert(d.id(), household.id(), path, clean, surveyId);
		for (VisitDraft.Reached r : reached) {
			this.skills.reach(scope, new ReachDraft(r.id(), r.residentId(), r.skillId(), d.visitedOn(), r.method()),
					d.id());
		}
		this.audit.record("VISIT_RECORDED", "household", household.id(),
				"visit=" + d.id() + ", skillsReached=" + reached.size() + ", survey=" + (surveyId != null));
		return this.store.find(d.id()).orElseThrow();
	}

	/** Visits to a household, newest first. */
	@Transactional(readOnly = true)
	public List<VisitView> ofHousehold(Scope scope, long householdId) {
		this.households.get(scope, householdId);
		return this.store.ofHousehold(householdId);
	}

	private void check(Scope scope, HouseholdView household, VisitDraft d) {
		List<Problem> problems = new ArrayList<>();
		FieldDates.check("visitedOn", d.visitedOn(), this.clock, problems);
		if (household.archived()) {
			problems.add(new Problem("householdId", "visit.error.archived"));
		}
		if (d.memberIds().isEmpty()) {
			problems.add(new Problem("memberIds", "visit.error.members"));
		}
		for (Long m : d.memberIds()) {
			try {
				this.teams.member(scope, m);
			}
			catch (NotFoundException ex) {
				problems.add(new Problem("memberIds", "visit.error.member"));
				break;
			}
		}
		Set<Long> active = this.catalogue.list(false).stream().map(SkillView::id).collect(Collectors.toSet());
		if (!active.containsAll(d.taughtSkillIds())
				|| d.reached().stream().anyMatch((r) -> r.skillId() == null || !active.contains(r.skillId()))) {
			problems.add(new Problem("skills", "skill.error.skill"));
		}
		Set<Long> people = this.residents.members(scope, household.id())
			.stream()
			.map(ResidentView::id)
			.collect(Collectors.toSet());
		if (d.reached().stream().anyMatch((r) -> r.id() == null || !people.contains(r.residentId()))) {
			problems.add(new Problem("reached", "visit.error.reached"));
		}
		if (d.note() != null && d.note().length() > MAX_NOTE) {
			problems.add(new Problem("note", "visit.error.note", MAX_NOTE));
		}
		if (d.survey() != null && d.survey().id() == null) {
			problems.add(new Problem("survey", "fieldwork.error.id"));
		}
		InvalidInputException.throwIfAny(problems);
	}

	/**
	 * The survey as compared on a replay: the visit's day by default, lists and map
	 * ordered.
	 */
	private static SurveyDraft normalized(SurveyDraft s, LocalDate visitedOn) {
		return new SurveyDraft(s.id(), (s.observedOn() != null) ? s.observedOn() : visitedOn, s.smartphones(),
				s.featurePhones(), owners(s.smartphoneOwners()), owners(s.featurePhoneOwners()),
				(s.signal() != null) ? new TreeMap<>(s.signal()) : null, s.electricity(), s.internet(),
				s.canAffordPhone(), s.mainObstacle());
	}

	/** Owners not asked stay null: an empty list would say that nobody owns a phone. */
	private static List<Long> owners(List<Long> ids) {
		return (ids != null) ? sorted(ids) : null;
	}

	private static List<Long> sorted(List<Long> ids) {
		return (ids != null) ? ids.stream().distinct().sorted().toList() : List.of();
	}

	private VisitView stored(Scope scope, UUID id) {
		VisitView visit = this.store.find(id).orElseThrow(() -> new FieldEventConflictException(id));
		this.households.get(scope, visit.householdId());
		return visit;
	}

}
