package org.causo.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.Chunk;
import org.causo.registry.Households;
import org.causo.registry.Relation;
import org.causo.registry.ResidentQuery;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.registry.Sex;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.PageOf;
import org.causo.skills.SkillNames;
import org.causo.shared.web.FormErrors;
import org.causo.training.AttendanceDraft;
import org.causo.training.Attendances;
import org.causo.training.ClassView;
import org.causo.training.Organiser;
import org.causo.training.SkillMarks;
import org.causo.training.TrainingClasses;
import org.causo.training.TrainingFigures;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Class pages: the list with figures, a new class, one class with its attendance. */
@Controller
@PreAuthorize(Roles.READERS)
class ClassController {

	private final TrainingClasses classes;

	private final Attendances attendances;

	private final TrainingFigures figures;

	private final Residents residents;

	private final Households households;

	private final OrgUnits units;

	private final SkillNames skills;

	private final Clock clock;

	ClassController(TrainingClasses classes, Attendances attendances, TrainingFigures figures, Residents residents,
			Households households, OrgUnits units, SkillNames skills, Clock clock) {
		this.classes = classes;
		this.attendances = attendances;
		this.figures = figures;
		this.residents = residents;
		this.households = households;
		this.units = units;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping("/classes")
	String list(@AuthenticationPrincipal Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			model.addAttribute("totals", this.figures.of(actor.scope(), null, from, to));
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
		}
		model.addAttribute("page", this.classes.search(actor.scope(), new PageOf.Request(page, 25)));
		return "training/classes";
	}

	@GetMapping("/classes/new")
	@PreAuthorize(Roles.EDITORS)
	String newForm(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("form", new ClassForms.NewClass(null, Organiser.POST, null, null,
				LocalDate.now(this.clock).atTime(8, 0), 30, List.of()));
		return form(actor, model);
	}

	@PostMapping("/classes")
	@PreAuthorize(Roles.EDITORS)
	String create(@AuthenticationPrincipal Actor actor, ClassForms.NewClass form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			ClassView c = this.classes.create(actor.scope(), form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/classes/" + c.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("form", form);
			return form(actor, model);
		}
	}

	private String form(Actor actor, Model model) {
		model.addAttribute("hamlets", this.units.list(actor.scope(), UnitKind.HAMLET));
		model.addAttribute("organisers", Organiser.values());
		model.addAttribute("skills", this.skills.list(LocaleContextHolder.getLocale(), false));
		return "training/class-form";
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
	@PreAuthorize(Roles.FIELD)
	String enrol(@AuthenticationPrincipal Actor actor, @PathVariable long id, UUID attendance, Long residentId,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			this.attendances.enrol(actor.scope(), id, new AttendanceDraft(attendance, residentId));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/classes/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return show(actor, id, null, model);
		}
	}

	@PostMapping("/classes/{id}/walk-ins")
	@PreAuthorize(Roles.FIELD)
	String walkIn(@AuthenticationPrincipal Actor actor, @PathVariable long id, ClassForms.WalkIn form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			this.attendances.walkIn(actor.scope(), id, form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/classes/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("walkIn", form);
			return show(actor, id, null, model);
		}
	}

	@PostMapping("/classes/{id}/skills")
	@PreAuthorize(Roles.EDITORS)
	String skills(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) List<String> skills,
			@RequestParam(required = false) List<UUID> attendanceIds, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			this.attendances.markSkills(actor.scope(), id, new SkillMarks(skills, null, attendanceIds));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/classes/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return show(actor, id, null, model);
		}
	}

}
