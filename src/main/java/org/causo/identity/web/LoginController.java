package org.causo.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.LoginFlow;
import org.causo.identity.LoginFlow.TotpOutcome;
import org.causo.shared.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page and its TOTP step. Spring Security handles the password form itself. */
@Controller
class LoginController {

	private final LoginFlow flow;

	LoginController(LoginFlow flow) {
		this.flow = flow;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/login/totp")
	String totpForm() {
		return "identity/totp";
	}

	@PostMapping("/login/totp")
	String totp(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		TotpOutcome outcome = this.flow.checkTotp(actor.officerId(), code, request);
		switch (outcome) {
			case ACCEPTED -> {
				this.flow.continueLogin(actor.officerId(), request, response);
				return null;
			}
			case LOCKED -> {
				new SecurityContextLogoutHandler().logout(request, response, null);
				return "redirect:/login?locked";
			}
			default -> {
				model.addAttribute("wrong", true);
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				return "identity/totp";
			}
		}
	}

}
