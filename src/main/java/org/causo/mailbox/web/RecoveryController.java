package org.causo.mailbox.web;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.Granted;
import org.causo.mailbox.RecoveryKeys;
import org.causo.mailbox.Reports;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The command's offline recovery key: made and replaced by a national administrator only
 * (after a fresh TOTP code, confirmed in a second step), used to grant reports when keys
 * are lost.
 */
@Controller
@PreAuthorize(Allowed.ADMINS)
class RecoveryController {

	private final RecoveryKeys recovery;

	private final Reports reports;

	RecoveryController(RecoveryKeys recovery, Reports reports) {
		this.recovery = recovery;
		this.reports = reports;
	}

	@GetMapping("/admin/recovery")
	String page(@AuthenticationPrincipal Actor actor, Model model) {
		this.recovery.mustBeNational(actor.scope());
		model.addAttribute("exists", this.recovery.exists());
		return "mailbox/recovery";
	}

	/**
	 * Makes the new key and shows its private half once, on this response only: it is
	 * never stored or redirected. It is not used until confirmed.
	 */
	@PostMapping("/admin/recovery")
	String prepare(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String code,
			HttpServletResponse response, Model model) {
		try {
			model.addAttribute("pending", this.recovery.prepare(actor.scope(), actor.officerId(), code));
			response.setHeader("Cache-Control", "no-store");
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
		}
		model.addAttribute("exists", this.recovery.exists());
		return "mailbox/recovery";
	}

	@PostMapping("/admin/recovery/confirm")
	String confirm(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") long pendingId,
			@RequestParam(defaultValue = "false") boolean stored, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			this.recovery.confirm(actor.scope(), actor.officerId(), pendingId, stored);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("exists", this.recovery.exists());
			return "mailbox/recovery";
		}
		redirect.addFlashAttribute("replaced", true);
		return "redirect:/admin/recovery";
	}

	@PostMapping("/mailboxes/{id}/grant-recovery")
	String grant(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "") String recoveryKey, RedirectAttributes redirect) {
		try {
			Granted granted = this.reports.grantWithRecoveryKey(actor.scope(), id, recoveryKey);
			redirect.addFlashAttribute("granted", granted.keys());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("recoveryError", true);
		}
		return "redirect:/mailboxes/" + id + "/settings";
	}

}
