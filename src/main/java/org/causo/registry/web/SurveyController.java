package org.causo.registry.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.Network;
import org.causo.registry.Obstacle;
import org.causo.registry.Operator;
import org.causo.registry.Residents;
import org.causo.registry.Surveys;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a household survey from a page (support members too: it is their field work).
 */
@Controller
@PreAuthorize(Allowed.FIELD)
class SurveyController {

	private final Households households;

	private final Residents residents;

	private final Surveys surveys;

	private final Clock clock;

	SurveyController(Households households, Residents residents, Surveys surveys, Clock clock) {
		this.households = households;
		this.residents = residents;
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping("/households/{id}/survey")
	String form(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("form", SurveyForm.fresh(LocalDate.now(this.clock)));
		return page(actor, id, model);
	}

	@PostMapping("/households/{id}/survey")
	String record(@AuthenticationPrincipal Actor actor, @PathVariable long id, SurveyForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return RegistryPages.submit(form, response, model, redirect, () -> {
			this.surveys.record(actor.scope(), id, form.draft());
			return "/households/" + id;
		}, () -> page(actor, id, model));
	}

	private String page(Actor actor, long id, Model model) {
		HouseholdView household = this.households.get(actor.scope(), id);
		model.addAttribute("household", household);
		model.addAttribute("members", this.residents.members(actor.scope(), id));
		model.addAttribute("operators", Operator.values());
		model.addAttribute("networks", Network.values());
		model.addAttribute("obstacles", Obstacle.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "registry/survey-form";
	}

}
