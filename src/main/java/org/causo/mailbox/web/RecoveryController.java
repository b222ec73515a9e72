package org.causo.mailbox.web;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.RecoveryKeys;
import org.causo.mailbox.Reports;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;

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
 * The command's offline recovery key: created once, used to grant reports when keys are
 * lost.
 */
@Controller
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class RecoveryController {

	private final RecoveryKeys recovery;

	private final Reports reports;

	RecoveryController(RecoveryKeys recovery, Reports reports) {
		this.recovery = recovery;
		this.reports = reports;
	}

	@GetMapping("/admin/recovery")
	String page(Model model) {
		model.addAttribute("exists", this.recovery.exists());
		return "mailbox/recovery";
	}

	/**
	 * Shows the private half once, on this response only: it is never stored or
	 * redirected.
	 */
	@PostMapping("/admin/recovery")
	String create(HttpServletResponse response, Model model) {
		model.addAttribute("privateKey", this.recovery.create());
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("exists", this.recovery.exists());
		return "mailbox/recovery";
	}

	@PostMapping("/mailboxes/{id}/grant-recovery")
	String grant(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "") String recoveryKey, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("granted", this.reports.grantWithRecoveryKey(actor.scope(), id, recoveryKey));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("recoveryError", true);
		}
		return "redirect:/mailboxes/" + id + "/settings";
	}

}
