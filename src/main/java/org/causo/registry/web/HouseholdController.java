package org.causo.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.Ethnicity;
import org.causo.registry.HouseholdSection;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.Language;
import org.causo.registry.Residents;
import org.causo.registry.SurveyView;
import org.causo.registry.Surveys;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Household pages: the searchable list, one household, the form, archive. */
@Controller
@PreAuthorize(Allowed.FIELD)
class HouseholdController {

	private final Households households;

	private final Residents residents;

	private final Surveys surveys;

	private final OrgUnits units;

	private final RegistryPages pages;

	private final Clock clock;

	private final ObjectProvider<HouseholdSection> sections;

	HouseholdController(Households households, Residents residents, Surveys surveys, OrgUnits units,
			RegistryPages pages, Clock clock, ObjectProvider<HouseholdSection> sections) {
		this.households = households;
		this.residents = residents;
		this.surveys = surveys;
		this.units = units;
		this.pages = pages;
		this.clock = clock;
		this.sections = sections;
	}

	@GetMapping("/households")
	String list(@AuthenticationPrincipal Actor actor, ListFilter filter, @RequestParam(required = false) String after,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Locale locale, Model model) {
		return this.pages.list(actor, filter, after, htmx, response, locale, model, "registry/households",
				(skills) -> this.households.search(actor.scope(), filter.households(skills), after,
						RegistryPages.PAGE));
	}

	@GetMapping("/households/{id}")
	String show(@AuthenticationPrincipal Actor actor, Authentication authentication, @PathVariable long id,
			Model model) {
		HouseholdView household = this.households.get(actor.scope(), id);
		List<SurveyView> history = this.surveys.history(actor.scope(), id, 50);
		model.addAttribute("household", household);
		model.addAttribute("members", this.residents.members(actor.scope(), id));
		model.addAttribute("latest", history.isEmpty() ? null : history.get(0));
		model.addAttribute("history", history);
		model.addAttribute("sections", sections(actor, authentication, id));
		return "registry/household";
	}

	/** What other modules show on the page (visits, classes, phones), in their order. */
	private List<Shown> sections(Actor actor, Authentication authentication, long id) {
		HouseholdSection.Viewer viewer = new HouseholdSection.Viewer(actor.scope(),
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.map((a) -> a.startsWith("ROLE_") ? a.substring(5) : a)
					.collect(Collectors.toSet()));
		return this.sections.orderedStream()
			.sorted(Comparator.comparingInt(HouseholdSection::order))
			.flatMap((s) -> s.model(viewer, id).map((m) -> new Shown(s.template(), m)).stream())
			.toList();
	}

	/**
	 * A section to render.
	 *
	 * @param template its template, holding the fragment {@code section(s)}
	 * @param model what it shows
	 */
	record Shown(String template, Map<String, Object> model) {

	}

	@GetMapping("/households/new")
	@PreAuthorize(Allowed.OFFICERS)
	String newForm(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long hamlet, Model model) {
		model.addAttribute("form",
				new HouseholdForm(null, hamlet, null, null, null, null, null, null, false, false, false));
		return form(actor, model, null);
	}

	@PostMapping("/households")
	@PreAuthorize(Allowed.OFFICERS)
	String create(@AuthenticationPrincipal Actor actor, HouseholdForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return RegistryPages.submit(form, response, model, redirect,
				() -> "/households/" + this.households.create(actor.scope(), form.draft()).id(),
				() -> form(actor, model, null));
	}

	@GetMapping("/households/{id}/edit")
	@PreAuthorize(Allowed.OFFICERS)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		HouseholdView h = this.households.get(actor.scope(), id);
		model.addAttribute("form", HouseholdForm.of(h));
		return form(actor, model, h);
	}

	@PostMapping("/households/{id}")
	@PreAuthorize(Allowed.OFFICERS)
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, HouseholdForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		HouseholdView h = this.households.get(actor.scope(), id);
		return RegistryPages.submit(form, response, model, redirect, () -> {
			this.households.update(actor.scope(), id, form.draft());
			return "/households/" + id;
		}, () -> form(actor, model, h));
	}

	@PostMapping("/households/{id}/archive")
	@PreAuthorize(Allowed.OFFICERS)
	String archive(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.households.archive(actor.scope(), id);
		return FormErrors.saved(redirect, "/households/" + id);
	}

	@PostMapping("/households/{id}/restore")
	@PreAuthorize(Allowed.OFFICERS)
	String restore(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.households.restore(actor.scope(), id);
		return FormErrors.saved(redirect, "/households/" + id);
	}

	private String form(Actor actor, Model model, HouseholdView household) {
		model.addAttribute("household", household);
		model.addAttribute("hamlets", this.units.list(actor.scope(), UnitKind.HAMLET));
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("members",
				(household != null) ? this.residents.members(actor.scope(), household.id()) : List.of());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "registry/household-form";
	}

}
