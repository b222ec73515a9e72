package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.fieldwork.visits.VisitStore;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.Relation;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.registry.SurveyView;
import org.causo.registry.Surveys;
import org.causo.shared.Actor;
import org.causo.shared.NotFoundException;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The households a logged-in member looks after (3–5 each, a handful of queries per
 * household), with the skills missing and what to do next.
 */
@Service
@Transactional(readOnly = true)
public class MyHouseholds {

	/** A survey older than this is to be taken again. */
	static final int SURVEY_MONTHS = 6;

	private final Teams teams;

	private final Assignments assignments;

	private final Skills skills;

	private final SkillCatalogue catalogue;

	private final VisitStore visits;

	private final Households households;

	private final Residents residents;

	private final Surveys surveys;

	private final Clock clock;

	MyHouseholds(Teams teams, Assignments assignments, Skills skills, SkillCatalogue catalogue, VisitStore visits,
			Households households, Residents residents, Surveys surveys, Clock clock) {
		this.teams = teams;
		this.assignments = assignments;
		this.skills = skills;
		this.catalogue = catalogue;
		this.visits = visits;
		this.households = households;
		this.residents = residents;
		this.surveys = surveys;
		this.clock = clock;
	}

	/** The member ids of the officer (an officer may sit in several teams). */
	public List<Long> memberships(Actor actor) {
		return this.teams.membershipsOf(actor.officerId());
	}

	public List<MyHousehold> of(Actor actor) {
		List<Long> members = memberships(actor);
		if (members.isEmpty()) {
			return List.of();
		}
		List<SkillView> active = this.catalogue.list(false);
		List<Long> ids = this.assignments.currentOf(members).stream().map(AssignmentView::householdId).toList();
		Map<Long, LocalDate> lastVisits = this.visits.lastVisits(ids);
		int year = LocalDate.now(this.clock).getYear();
		List<MyHousehold> out = new ArrayList<>();
		for (long id : ids) {
			HouseholdView h;
			try {
				h = this.households.get(actor.scope(), id);
			}
			catch (NotFoundException ex) {
				continue;
			}
			List<ResidentView> people = this.residents.members(actor.scope(), id);
			Map<Long, Map<Long, ResidentSkills.State>> reached = this.skills
				.reachedBy(people.stream().map(ResidentView::id).toList(), active);
			List<MyHousehold.Person> persons = people.stream().map((r) -> {
				Map<Long, ResidentSkills.State> has = reached.getOrDefault(r.id(), Map.of());
				boolean head = r.relation() == Relation.HEAD;
				List<SkillView> missing = active.stream()
					.filter((s) -> !has.containsKey(s.id()) && s.appliesTo(r.birthYear(), head, year))
					.toList();
				return new MyHousehold.Person(r.id(), r.fullName(), has.size(), missing);
			}).toList();
			LocalDate lastSurvey = this.surveys.latest(actor.scope(), id)
				.map(SurveyView::answers)
				.map((a) -> a.observedOn())
				.orElse(null);
			out.add(new MyHousehold(h, persons, persons.stream().mapToInt((p) -> p.missing().size()).sum(),
					lastVisits.get(id), lastSurvey, next(active, persons, lastVisits.get(id), lastSurvey)));
		}
		return out;
	}

	private List<MyHousehold.Step> next(List<SkillView> active, List<MyHousehold.Person> persons, LocalDate lastVisit,
			LocalDate lastSurvey) {
		List<MyHousehold.Step> steps = new ArrayList<>();
		if (lastVisit == null) {
			steps.add(new MyHousehold.Step("FIRST_VISIT", null, 0));
		}
		if (lastSurvey == null || lastSurvey.isBefore(LocalDate.now(this.clock).minusMonths(SURVEY_MONTHS))) {
			steps.add(new MyHousehold.Step("SURVEY", null, 0));
		}
		for (SkillView skill : active) {
			int missing = (int) persons.stream().filter((p) -> p.missing().contains(skill)).count();
			if (missing > 0) {
				steps.add(new MyHousehold.Step("TEACH", skill, missing));
				break;
			}
		}
		if (steps.isEmpty()) {
			steps.add(new MyHousehold.Step("DONE", null, 0));
		}
		return steps;
	}

}
