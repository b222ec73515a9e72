package org.causo.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.skills.SkillNames;
import org.causo.shared.web.FormErrors;
import org.causo.training.ClassView;
import org.causo.training.Organiser;
import org.causo.training.TrainingClasses;
import org.causo.training.TrainingFigures;
import org.causo.shared.web.pages.Refusals;
import org.causo.shared.web.pages.ListPages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Class pages: the list with figures and a new class. */
@Controller
@PreAuthorize(Allowed.FIELD)
class ClassController {

	private final TrainingClasses classes;

	private final TrainingFigures figures;

	private final OrgUnits units;

	private final SkillNames skills;

	private final Clock clock;

	ClassController(TrainingClasses classes, TrainingFigures figures, OrgUnits units, SkillNames skills, Clock clock) {
		this.classes = classes;
		this.figures = figures;
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
		Refusals.orShow(() -> model.addAttribute("totals", this.figures.of(actor.scope(), null, from, to)), model,
				response);
		model.addAttribute("page", this.classes.search(actor.scope(), ListPages.page(page)));
		return "training/classes";
	}

	@GetMapping("/classes/new")
	@PreAuthorize(Allowed.OFFICERS)
	String newForm(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("form", new ClassForms.NewClass(null, Organiser.POST, null, null,
				LocalDate.now(this.clock).atTime(8, 0), 30, List.of()));
		return form(actor, model);
	}

	@PostMapping("/classes")
	@PreAuthorize(Allowed.OFFICERS)
	String create(@AuthenticationPrincipal Actor actor, ClassForms.NewClass form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(() -> {
			ClassView c = this.classes.create(actor.scope(), form.draft());
			return "/classes/" + c.id();
		}, () -> form(actor, model), model, response, redirect);
	}

	private String form(Actor actor, Model model) {
		model.addAttribute("hamlets", this.units.list(actor.scope(), UnitKind.HAMLET));
		model.addAttribute("organisers", Organiser.values());
		model.addAttribute("skills", this.skills.list(LocaleContextHolder.getLocale(), false));
		return "training/class-form";
	}

}
