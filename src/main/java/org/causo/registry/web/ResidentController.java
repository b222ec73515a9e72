package org.causo.registry.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.registry.Ethnicity;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.Language;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.registry.Sex;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Resident pages: search, one resident with the national-ID reveal, form, move. */
@Controller
@PreAuthorize(Allowed.FIELD)
class ResidentController {

	private final Residents residents;

	private final Households households;

	private final RegistryPages pages;

	ResidentController(Residents residents, Households households, RegistryPages pages) {
		this.residents = residents;
		this.households = households;
		this.pages = pages;
	}

	@GetMapping("/residents")
	String list(@AuthenticationPrincipal Actor actor, ListFilter filter, @RequestParam(required = false) String after,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Locale locale, Model model) {
		return this.pages.list(actor, filter, after, htmx, response, locale, model, "registry/residents",
				(skills) -> this.residents.search(actor.scope(), filter.residents(skills), after, RegistryPages.PAGE));
	}

	@GetMapping("/residents/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		ResidentView r = this.residents.get(actor.scope(), id);
		model.addAttribute("resident", r);
		model.addAttribute("household", this.households.get(actor.scope(), r.householdId()));
		model.addAttribute("history", this.residents.history(actor.scope(), id));
		return "registry/resident";
	}

	@PostMapping("/residents/{id}/national-id")
	@PreAuthorize(Allowed.OFFICERS)
	String reveal(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response,
			Model model) {
		model.addAttribute("revealed", this.residents.revealNationalId(actor.scope(), id));
		response.setHeader("Cache-Control", "no-store");
		return show(actor, id, model);
	}

	@GetMapping("/residents/new")
	@PreAuthorize(Allowed.OFFICERS)
	String newForm(@AuthenticationPrincipal Actor actor, @RequestParam long household, Model model) {
		model.addAttribute("form", new ResidentForm(household, null, null, null,
				this.households.get(actor.scope(), household).ethnicity(), List.of(), null, null, null, null));
		return form(actor, model, null, household);
	}

	@PostMapping("/residents")
	@PreAuthorize(Allowed.OFFICERS)
	String create(@AuthenticationPrincipal Actor actor, ResidentForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return RegistryPages.submit(form, response, model, redirect,
				() -> "/residents/" + this.residents.create(actor.scope(), form.draft()).id(),
				() -> form(actor, model, null, form.householdId()));
	}

	@GetMapping("/residents/{id}/edit")
	@PreAuthorize(Allowed.OFFICERS)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		ResidentView r = this.residents.get(actor.scope(), id);
		model.addAttribute("form", ResidentForm.of(r));
		return form(actor, model, r, r.householdId());
	}

	@PostMapping("/residents/{id}")
	@PreAuthorize(Allowed.OFFICERS)
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, ResidentForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ResidentView r = this.residents.get(actor.scope(), id);
		return RegistryPages.submit(form, response, model, redirect, () -> {
			this.residents.update(actor.scope(), id, form.draft());
			return "/residents/" + id;
		}, () -> form(actor, model, r, r.householdId()));
	}

	@PostMapping("/residents/{id}/archive")
	@PreAuthorize(Allowed.OFFICERS)
	String archive(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.residents.archive(actor.scope(), id);
		return FormErrors.saved(redirect, "/residents/" + id);
	}

	@GetMapping("/residents/{id}/move")
	@PreAuthorize(Allowed.OFFICERS)
	String moveForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("form", new MoveForm(null, null, null, null));
		return movePage(actor, id, model);
	}

	@PostMapping("/residents/{id}/move")
	@PreAuthorize(Allowed.OFFICERS)
	String move(@AuthenticationPrincipal Actor actor, @PathVariable long id, MoveForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return RegistryPages.submit(form, response, model, redirect, () -> {
			this.residents.move(actor.scope(), id, form.draft(householdByCode(actor, form)));
			return "/residents/" + id;
		}, () -> movePage(actor, id, model));
	}

	/**
	 * The household with exactly this code in the scope; several communes may share one.
	 */
	private Long householdByCode(Actor actor, MoveForm form) {
		if (form.householdCode() == null || form.householdCode().isBlank()) {
			return null;
		}
		List<HouseholdView> matches = this.households
			.search(actor.scope(),
					new HouseholdQuery(form.householdCode().strip(), null, null, null, null, null, null, false,
							List.of()),
					null, 50)
			.items()
			.stream()
			.filter((h) -> h.code().equalsIgnoreCase(form.householdCode().strip()))
			.toList();
		if (matches.size() > 1) {
			throw InvalidInputException.of("householdCode", "resident.error.move.ambiguous");
		}
		return matches.isEmpty() ? -1L : matches.get(0).id();
	}

	private String movePage(Actor actor, long id, Model model) {
		model.addAttribute("resident", this.residents.get(actor.scope(), id));
		model.addAttribute("relations", Relation.values());
		return "registry/move";
	}

	private String form(Actor actor, Model model, ResidentView resident, Long householdId) {
		model.addAttribute("resident", resident);
		model.addAttribute("household", this.households.get(actor.scope(), householdId));
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("reads", ReadsVietnamese.values());
		model.addAttribute("relations", Relation.values());
		return "registry/resident-form";
	}

}
