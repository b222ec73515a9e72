package org.causo.identity.web;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.OfficerDraft;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

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
		model.addAttribute("page", this.officers.search(actor.scope(), q, new PageOf.Request(page, 25)));
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
		try {
			long id = this.officers.create(actor.scope(), form.toDraft()).id();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/officers/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return form(actor, model, null);
		}
	}

	@GetMapping("/admin/officers/{id}")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		var officer = this.officers.get(actor.scope(), id);
		model.addAttribute("form", OfficerForm.of(officer));
		return form(actor, model, officer);
	}

	@PostMapping("/admin/officers/{id}")
	String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("form") OfficerForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var officer = this.officers.get(actor.scope(), id);
		try {
			this.officers.update(actor.scope(), id, form.toDraft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/officers/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return form(actor, model, officer);
		}
	}

	@PostMapping("/admin/officers/{id}/reset-password")
	String resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newPassword", this.officers.resetPassword(actor.scope(), id));
		return "redirect:/admin/officers/" + id;
	}

	@PostMapping("/admin/officers/{id}/reset-totp")
	String resetTotp(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.officers.resetTotp(actor.scope(), id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/officers/" + id;
	}

	@PostMapping("/admin/officers/{id}/unlock")
	String unlock(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.officers.unlock(actor.scope(), id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/officers/" + id;
	}

	private String form(Actor actor, Model model, Object officer) {
		model.addAttribute("officer", officer);
		model.addAttribute("roles", Role.values());
		model.addAttribute("posts", this.posts.list(actor.scope()));
		var scopeUnits = new java.util.ArrayList<>(this.units.list(actor.scope(), UnitKind.PROVINCE));
		scopeUnits.addAll(this.units.list(actor.scope(), UnitKind.COMMUNE));
		model.addAttribute("scopeUnits", scopeUnits);
		return "identity/officer-form";
	}

	/** The account form as the browser sends it. */
	static class OfficerForm {

		private String username;

		private String displayName;

		private Role role;

		private Long scopeUnitId;

		private Long scopePostId;

		private String password;

		private boolean disabled;

		private String email;

		private boolean digest;

		static OfficerForm of(org.causo.identity.OfficerView officer) {
			OfficerForm form = new OfficerForm();
			form.username = officer.username();
			form.displayName = officer.displayName();
			form.role = officer.role();
			form.scopeUnitId = officer.scopeUnitId();
			form.scopePostId = officer.scopePostId();
			form.disabled = officer.disabled();
			form.email = officer.email();
			form.digest = officer.digest();
			return form;
		}

		OfficerDraft toDraft() {
			return new OfficerDraft(this.username, this.displayName, this.role, this.scopeUnitId, this.scopePostId,
					this.password, this.disabled, this.email, this.digest);
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Role getRole() {
			return this.role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

		public Long getScopeUnitId() {
			return this.scopeUnitId;
		}

		public void setScopeUnitId(Long scopeUnitId) {
			this.scopeUnitId = scopeUnitId;
		}

		public Long getScopePostId() {
			return this.scopePostId;
		}

		public void setScopePostId(Long scopePostId) {
			this.scopePostId = scopePostId;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public boolean isDisabled() {
			return this.disabled;
		}

		public void setDisabled(boolean disabled) {
			this.disabled = disabled;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public boolean isDigest() {
			return this.digest;
		}

		public void setDigest(boolean digest) {
			this.digest = digest;
		}

	}

}
