package org.causo.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.OrgUnits;
import org.causo.registry.Chunk;
import org.causo.registry.Households;
import org.causo.registry.Relation;
import org.causo.registry.ResidentQuery;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.registry.Sex;
import org.causo.shared.Actor;
import org.causo.skills.SkillNames;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.training.AttendanceDraft;
import org.causo.training.Attendances;
import org.causo.training.ClassView;
import org.causo.training.SkillMarks;
import org.causo.training.TrainingClasses;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A class's page: its attendance, enrolments, walk-ins and the skills marked. */
@Controller
@PreAuthorize(Allowed.FIELD)
class ClassPageController {

	private final TrainingClasses classes;

	private final Attendances attendances;

	private final Residents residents;

	private final Households households;

	private final OrgUnits units;

	private final SkillNames skills;

	private final Clock clock;

	ClassPageController(TrainingClasses classes, Attendances attendances, Residents residents, Households households,
			OrgUnits units, SkillNames skills, Clock clock) {
		this.classes = classes;
		this.attendances = attendances;
		this.residents = residents;
		this.households = households;
		this.units = units;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping("/classes/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String q,
			Model model) {
		ClassView c = this.classes.get(actor.scope(), id);
		model.addAttribute("klass", c);
		List<SkillNames.Skill> known = this.skills.list(LocaleContextHolder.getLocale(), true);
		model.addAttribute("skillNames",
				known.stream().collect(Collectors.toMap(SkillNames.Skill::code, SkillNames.Skill::name, (a, b) -> a)));
		model.addAttribute("markable",
				known.stream().filter((s) -> !s.retired() && c.skills().contains(s.code())).toList());
		var attendees = this.attendances.of(actor.scope(), id);
		model.addAttribute("attendees", attendees);
		model.addAttribute("present",
				attendees.stream().filter((a) -> Boolean.TRUE.equals(a.attendance().present())).toList());
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			Chunk<ResidentView> found = this.residents.search(actor.scope(),
					new ResidentQuery(q, null, null, null, null, false, List.of()), null, 20);
			model.addAttribute("found", found.items());
			model.addAttribute("hamletNames",
					found.items()
						.stream()
						.map(ResidentView::hamletId)
						.distinct()
						.collect(Collectors.toMap((h) -> h, (h) -> this.units.get(actor.scope(), h).name())));
		}
		model.addAttribute("newId", UUID.randomUUID());
		if (!model.containsAttribute("walkIn")) {
			model.addAttribute("walkIn", ClassForms.WalkIn.fresh());
		}
		model.addAttribute("hamletHouseholds", this.households.ofHamlet(actor.scope(), c.hamletId()));
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("held", !c.startsAt().toLocalDate().isAfter(LocalDate.now(this.clock)));
		return "training/class";
	}

	@PostMapping("/classes/{id}/attendances")
	@PreAuthorize(Allowed.FIELD)
	String enrol(@AuthenticationPrincipal Actor actor, @PathVariable long id, UUID attendance, Long residentId,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return act(actor, id, response, model, redirect,
				() -> this.attendances.enrol(actor.scope(), id, new AttendanceDraft(attendance, residentId)));
	}

	@PostMapping("/classes/{id}/walk-ins")
	@PreAuthorize(Allowed.FIELD)
	String walkIn(@AuthenticationPrincipal Actor actor, @PathVariable long id, ClassForms.WalkIn form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		// the form as typed, for the page shown again on a refusal (a redirect drops it)
		model.addAttribute("walkIn", form);
		return act(actor, id, response, model, redirect,
				() -> this.attendances.walkIn(actor.scope(), id, form.draft()));
	}

	@PostMapping("/classes/{id}/skills")
	@PreAuthorize(Allowed.OFFICERS)
	String skills(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) List<String> skills,
			@RequestParam(required = false) List<UUID> attendanceIds, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return act(actor, id, response, model, redirect,
				() -> this.attendances.markSkills(actor.scope(), id, new SkillMarks(skills, null, attendanceIds)));
	}

	/**
	 * Runs a change from the class page: back to the page with "saved", or the page again
	 * with the refusal's messages.
	 */
	private String act(Actor actor, long id, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Runnable change) {
		return FormErrors.saveOrShow(() -> {
			change.run();
			return "/classes/" + id;
		}, () -> show(actor, id, null, model), model, response, redirect);
	}

}
