package org.causo.orgunit.web;

import java.util.ArrayList;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitDraft;
import org.causo.orgunit.UnitKind;
import org.causo.orgunit.UnitQuery;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.pages.ListPages;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for org units: every officer browses and searches within scope; province admins
 * edit, and post commanders may add and edit the hamlets of their communes.
 */
@Controller
class UnitController {

	private final OrgUnits units;

	private final BorderPosts posts;

	UnitController(OrgUnits units, BorderPosts posts) {
		this.units = units;
		this.posts = posts;
	}

	@GetMapping("/units")
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) Long parent,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		UnitQuery query = new UnitQuery(q, kind, parent, archived);
		model.addAttribute("query", query);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("page", this.units.search(actor.scope(), query, ListPages.page(page)));
		return ListPages.view("orgunit/units", htmx);
	}

	@GetMapping("/units/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			Model model) {
		OrgUnit unit = this.units.get(actor.scope(), id);
		model.addAttribute("unit", unit);
		model.addAttribute("children",
				this.units.search(actor.scope(), new UnitQuery(null, null, id, true), new PageOf.Request(page, 50)));
		return "orgunit/unit";
	}

	@GetMapping("/units/new")
	@PreAuthorize(Allowed.COMMAND)
	String newForm(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "HAMLET") UnitKind kind,
			@RequestParam(required = false) Long parent, Model model) {
		return form(actor, model, new UnitDraft(kind, null, null, parent), null);
	}

	@PostMapping("/units")
	@PreAuthorize(Allowed.COMMAND)
	String create(@AuthenticationPrincipal Actor actor, UnitDraft form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> {
			requireMayEdit(actor, form.kind());
			return "/units/" + this.units.create(actor.scope(), form).id();
		}, () -> form(actor, model, form, null), model, response, redirect);
	}

	@GetMapping("/units/{id}/edit")
	@PreAuthorize(Allowed.COMMAND)
	String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		OrgUnit unit = this.units.get(actor.scope(), id);
		requireMayEdit(actor, unit.kind());
		return form(actor, model, new UnitDraft(unit.kind(), unit.code(), unit.name(), unit.parentId()), unit);
	}

	@PostMapping("/units/{id}")
	@PreAuthorize(Allowed.COMMAND)
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, UnitDraft form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		OrgUnit unit = this.units.get(actor.scope(), id);
		requireMayEdit(actor, unit.kind());
		return FormErrors.saveOrShow(() -> "/units/" + this.units.update(actor.scope(), id, form).id(),
				() -> form(actor, model, new UnitDraft(unit.kind(), form.code(), form.name(), form.parentId()), unit),
				model, response, redirect);
	}

	@PostMapping("/units/{id}/archive")
	@PreAuthorize(Allowed.COMMAND)
	String archive(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		OrgUnit unit = this.units.get(actor.scope(), id);
		requireMayEdit(actor, unit.kind());
		return FormErrors.saveOrShow(() -> {
			this.units.archive(actor.scope(), id);
			return "/units/" + id;
		}, () -> show(actor, id, 0, model), model, response, redirect);
	}

	@PostMapping("/units/{id}/restore")
	@PreAuthorize(Allowed.COMMAND)
	String restore(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		requireMayEdit(actor, this.units.get(actor.scope(), id).kind());
		this.units.restore(actor.scope(), id);
		return FormErrors.saved(redirect, "/units/" + id);
	}

	private String form(Actor actor, Model model, UnitDraft form, OrgUnit unit) {
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("kinds", UnitKind.values());
		var parents = new ArrayList<>(this.units.list(actor.scope(), UnitKind.PROVINCE));
		parents.addAll(this.units.list(actor.scope(), UnitKind.COMMUNE));
		model.addAttribute("parents", parents);
		return "orgunit/unit-form";
	}

	/**
	 * Post commanders keep their own hamlets; the levels above belong to the province
	 * admin.
	 */
	static void requireMayEdit(Actor actor, UnitKind kind) {
		boolean admin = SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_PROVINCE_ADMIN".equals(a.getAuthority()));
		if (!admin && kind != UnitKind.HAMLET) {
			throw new AccessDeniedException("hamlets only");
		}
	}

}
