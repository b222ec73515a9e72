package org.causo.fieldwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.fieldwork.Method;
import org.causo.fieldwork.ReachDraft;
import org.causo.fieldwork.RevokeDraft;
import org.causo.fieldwork.Skills;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;

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

/** A resident's skills: reached, missing, reached on the spot, revoked. */
@Controller
@PreAuthorize(Allowed.FIELD)
class SkillPagesController {

	private final SkillCatalogue catalogue;

	private final Skills skills;

	private final Clock clock;

	SkillPagesController(SkillCatalogue catalogue, Skills skills, Clock clock) {
		this.catalogue = catalogue;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping("/residents/{id}/skills")
	String resident(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("rs", this.skills.of(actor.scope(), id));
		model.addAttribute("methods", Method.values());
		model.addAttribute("names",
				this.catalogue.list(true).stream().collect(Collectors.toMap(SkillView::id, (s) -> s)));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("eventId", UUID.randomUUID());
		return "fieldwork/resident-skills";
	}

	@PostMapping("/residents/{id}/skills/reach")
	String reach(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam UUID eventId,
			@RequestParam(required = false) Long skillId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reachedOn,
			@RequestParam(required = false) Method method, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> {
			this.skills.reach(actor.scope(), new ReachDraft(eventId, id, skillId, reachedOn, method));
			return "/residents/" + id + "/skills";
		}, () -> resident(actor, id, model), model, response, redirect);
	}

	@PostMapping("/residents/{id}/skills/revoke")
	@PreAuthorize(Allowed.OFFICERS)
	String revoke(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam UUID eventId,
			@RequestParam long skillId, @RequestParam(required = false) String reason, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("revokeSkillId", skillId);
		return FormErrors.saveOrShow(() -> {
			this.skills.revoke(actor.scope(), new RevokeDraft(eventId, id, skillId, null, reason));
			return "/residents/" + id + "/skills";
		}, () -> resident(actor, id, model), model, response, redirect);
	}

}
