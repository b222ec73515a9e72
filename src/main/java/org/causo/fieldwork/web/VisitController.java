package org.causo.fieldwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.fieldwork.Assignments;
import org.causo.fieldwork.MyHouseholds;
import org.causo.fieldwork.Skills;
import org.causo.fieldwork.TeamView;
import org.causo.fieldwork.Teams;
import org.causo.fieldwork.Visits;
import org.causo.registry.Households;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.skills.SkillCatalogue;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's households and the visit form. */
@Controller
@PreAuthorize(Allowed.FIELD)
class VisitController {

	private final MyHouseholds mine;

	private final Visits visits;

	private final Teams teams;

	private final Assignments assignments;

	private final SkillCatalogue catalogue;

	private final Skills skills;

	private final Households households;

	private final Residents residents;

	private final Clock clock;

	VisitController(MyHouseholds mine, Visits visits, Teams teams, Assignments assignments, SkillCatalogue catalogue,
			Skills skills, Households households, Residents residents, Clock clock) {
		this.mine = mine;
		this.visits = visits;
		this.teams = teams;
		this.assignments = assignments;
		this.catalogue = catalogue;
		this.skills = skills;
		this.households = households;
		this.residents = residents;
		this.clock = clock;
	}

	@GetMapping("/fieldwork/my-households")
	String mine(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("households", this.mine.of(actor));
		model.addAttribute("member", !this.mine.memberships(actor).isEmpty());
		return "fieldwork/my-households";
	}

	@GetMapping("/fieldwork/visits/new")
	String form(@AuthenticationPrincipal Actor actor, @RequestParam long household, Model model) {
		List<Long> mine = this.mine.memberships(actor);
		VisitForm form = new VisitForm(UUID.randomUUID(), household, LocalDate.now(this.clock), mine, List.of(),
				List.of(), null, null, null);
		return page(actor, form, model);
	}

	@PostMapping("/fieldwork/visits")
	String record(@AuthenticationPrincipal Actor actor, VisitForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (form.householdId() == null) {
			throw new org.causo.shared.NotFoundException("household");
		}
		try {
			return FormErrors.saveOrShow(() -> {
				this.visits.record(actor.scope(), form.draft());
				return "/fieldwork/my-households";
			}, () -> page(actor, form, model), model, response, redirect);
		}
		catch (org.causo.fieldwork.FieldEventConflictException ex) {
			// the form was sent before with other content (back button): a new visit, to
			// confirm
			FormErrors.show(InvalidInputException.of(null, "fieldwork.error.conflict.form"), model, response);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(actor,
					new VisitForm(UUID.randomUUID(), form.householdId(), form.visitedOn(), form.memberIds(),
							form.taught(), form.reached(), form.smartphones(), form.featurePhones(), form.note()),
					model);
		}
	}

	private String page(Actor actor, VisitForm form, Model model) {
		var household = this.households.get(actor.scope(), form.householdId());
		List<ResidentView> people = this.residents.members(actor.scope(), household.id());
		var active = this.catalogue.list(false);
		model.addAttribute("form", form);
		model.addAttribute("household", household);
		model.addAttribute("people", people);
		model.addAttribute("skills", active);
		model.addAttribute("missing", skillsMissing(actor, people));
		model.addAttribute("members", presentCandidates(actor, household.id()));
		return "fieldwork/visit-form";
	}

	/**
	 * Skills each resident still misses, among those the age rule gives them (a household
	 * has a handful of residents).
	 */
	private Map<Long, Set<Long>> skillsMissing(Actor actor, List<ResidentView> people) {
		Map<Long, Set<Long>> out = new HashMap<>();
		for (ResidentView r : people) {
			out.put(r.id(),
					this.skills.of(actor.scope(), r.id())
						.missing()
						.stream()
						.map((s) -> s.skill().id())
						.collect(Collectors.toSet()));
		}
		return out;
	}

	/**
	 * Who may have been there: the team of the member looking after the household, else
	 * every team in scope.
	 */
	private List<TeamView> presentCandidates(Actor actor, long householdId) {
		return this.assignments.history(actor.scope(), householdId)
			.stream()
			.filter((a) -> a.toDate() == null)
			.findFirst()
			.map((a) -> this.teams.list(actor.scope())
				.stream()
				.filter((t) -> t.members().stream().anyMatch((m) -> m.id() == a.memberId()))
				.toList())
			.orElseGet(() -> this.teams.list(actor.scope()));
	}

}
