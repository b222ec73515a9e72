package org.causo.identity.web;

import java.util.ArrayList;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.OfficerView;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.pages.ListPages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officer accounts for province administrators, limited to their scope. */
@Controller
@PreAuthorize(Allowed.ADMINS)
class OfficerAdminController {

	private final Officers officers;

	private final OrgUnits units;

	private final BorderPosts posts;

	OfficerAdminController(Officers officers, OrgUnits units, BorderPosts posts) {
		this.officers = officers;
		this.units = units;
		this.posts = posts;
	}

	@GetMapping("/admin/officers")
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("page", this.officers.search(actor.scope(), q, ListPages.page(page)));
		return "identity/officers";
	}

	@GetMapping("/admin/officers/new")
	String newForm(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("form", new OfficerForm());
		return form(actor, model, null);
	}

	@PostMapping("/admin/officers")
	String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") OfficerForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return FormErrors.saveOrShow(
				() -> "/admin/officers/" + this.officers.create(actor.scope(), form.toDraft()).id(),
				() -> form(actor, model, null), model, response, redirect);
	}

	@GetMapping("/admin/officers/{id}")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		OfficerView officer = this.officers.get(actor.scope(), id);
		model.addAttribute("form", OfficerForm.of(officer));
		return form(actor, model, officer);
	}

	@PostMapping("/admin/officers/{id}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") OfficerForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		OfficerView officer = this.officers.get(actor.scope(), id);
		return FormErrors.saveOrShow(
				() -> "/admin/officers/" + this.officers.update(actor.scope(), id, form.toDraft()).id(),
				() -> form(actor, model, officer), model, response, redirect);
	}

	@PostMapping("/admin/officers/{id}/reset-password")
	String resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newPassword", this.officers.resetPassword(actor.scope(), id));
		return "redirect:/admin/officers/" + id;
	}

	@PostMapping("/admin/officers/{id}/reset-totp")
	String resetTotp(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.officers.resetTotp(actor.scope(), id);
		return saved(redirect, id);
	}

	@PostMapping("/admin/officers/{id}/unlock")
	String unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.officers.unlock(actor.scope(), id);
		return saved(redirect, id);
	}

	private static String saved(RedirectAttributes redirect, long id) {
		return FormErrors.saved(redirect, "/admin/officers/" + id);
	}

	private String form(Actor actor, Model model, OfficerView officer) {
		model.addAttribute("officer", officer);
		model.addAttribute("roles", Role.values());
		model.addAttribute("posts", this.posts.list(actor.scope()));
		var scopeUnits = new ArrayList<>(this.units.list(actor.scope(), UnitKind.PROVINCE));
		scopeUnits.addAll(this.units.list(actor.scope(), UnitKind.COMMUNE));
		model.addAttribute("scopeUnits", scopeUnits);
		return "identity/officer-form";
	}

}
