package org.causo.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.ApiTokens;
import org.causo.identity.DigestSubscriptions;
import org.causo.identity.LoginFlow;
import org.causo.identity.Officers;
import org.causo.identity.TotpEnrolment;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.QrSvg;
import org.causo.shared.web.FormErrors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An officer's own account: password, second factor, e-mail digest, API tokens.
 */
@Controller
class AccountController {

	private final Officers officers;

	private final TotpEnrolment totp;

	private final DigestSubscriptions digests;

	private final ApiTokens tokens;

	private final LoginFlow flow;

	AccountController(Officers officers, TotpEnrolment totp, DigestSubscriptions digests, ApiTokens tokens,
			LoginFlow flow) {
		this.officers = officers;
		this.totp = totp;
		this.digests = digests;
		this.tokens = tokens;
		this.flow = flow;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("me", this.officers.me(actor.officerId()));
		model.addAttribute("tokens", this.tokens.list(actor.officerId()));
		return "identity/account";
	}

	@GetMapping("/account/password")
	String passwordForm(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("me", this.officers.me(actor.officerId()));
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String next, @RequestParam(defaultValue = "") String confirmation,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		try {
			this.officers.changePassword(actor.officerId(), current, next, confirmation);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return passwordForm(actor, model);
		}
		this.flow.passwordChanged(actor.officerId(), next, request, response);
		this.flow.continueLogin(actor.officerId(), request, response);
		return null;
	}

	@GetMapping("/account/totp")
	String totp(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("me", this.officers.me(actor.officerId()));
		model.addAttribute("pendingSecret", this.totp.pendingSecret(actor.officerId()));
		return "identity/totp-enrol";
	}

	@PostMapping("/account/totp/start")
	String startTotp(@AuthenticationPrincipal Actor actor) {
		try {
			this.totp.start(actor.officerId());
		}
		catch (InvalidInputException ex) {
			// already enabled: the page says so
		}
		return "redirect:/account/totp";
	}

	@GetMapping(path = "/account/totp/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qr(@AuthenticationPrincipal Actor actor) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(QrSvg.of(this.totp.pendingUri(actor.officerId())));
	}

	@PostMapping("/account/totp/confirm")
	String confirmTotp(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		try {
			this.totp.confirm(actor.officerId(), code);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return totp(actor, model);
		}
		this.flow.totpProven(request);
		this.flow.continueLogin(actor.officerId(), request, response);
		return null;
	}

	/** The officer's own e-mail address and the opt-in to the mailbox digest. */
	@PostMapping("/account/digest")
	String changeDigest(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "false") boolean digest, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		try {
			this.digests.change(actor.officerId(), email, digest);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("email", email);
			model.addAttribute("digest", digest);
			return account(actor, model);
		}
		redirect.addFlashAttribute("digestSaved", true);
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		try {
			redirect.addFlashAttribute("newToken", this.tokens.create(actor.officerId(), name));
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return account(actor, model);
		}
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		this.tokens.revoke(actor.officerId(), id);
		return "redirect:/account";
	}

}
