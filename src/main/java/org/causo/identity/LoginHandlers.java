package org.causo.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.audit.AuditTrail;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * What happens after the password form: on success the next login step (or the page the
 * officer wanted); on failure a count towards lockout and a message that says why,
 * without saying whether the username exists.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final int MAX_FAILURES = 5;

	static final java.time.Duration LOCK = java.time.Duration.ofMinutes(15);

	private final LoginSteps steps;

	private final OfficerKeys keys;

	private final OfficerStore store;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	private final RequestCache requests = new HttpSessionRequestCache();

	LoginHandlers(LoginSteps steps, OfficerKeys keys, OfficerStore store, AuditTrail audit, java.time.Clock clock) {
		this.steps = steps;
		this.keys = keys;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
			throws IOException {
		OfficerPrincipal principal = (OfficerPrincipal) auth.getPrincipal();
		request.getSession().removeAttribute(LoginSteps.TOTP_DONE);
		this.keys.openIntoSession(principal.officerId(), request.getParameter("password"), request, response);
		this.audit.recordFor(principal.officerId(), principal.username(), "LOGIN_PASSWORD_OK", "officer",
				principal.officerId(), null);
		redirect(this.steps.advance(principal.officerId(), request, response), request, response);
	}

	/** Sends the officer to the page of the next step, or to the page first asked for. */
	void redirect(LoginSteps.Step step, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (step != LoginSteps.Step.DONE) {
			response.sendRedirect(request.getContextPath() + step.page);
			return;
		}
		SavedRequest saved = this.requests.getRequest(request, response);
		this.requests.removeRequest(request, response);
		String target = (saved != null) ? saved.getRedirectUrl() : request.getContextPath() + "/";
		response.sendRedirect(target);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = String.valueOf(request.getParameter("username")).strip().toLowerCase(java.util.Locale.ROOT);
		String reason = "error";
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else {
			recordFailure(username);
		}
		this.audit.recordFor(null, truncate(username), "LOGIN_FAILED", "officer", null, reason);
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

	/**
	 * Counts a failed password or TOTP code; the fifth in a row locks the account for a
	 * while.
	 */
	void recordFailure(String username) {
		this.store.findByUsername(username).ifPresent((officer) -> {
			int failures = this.store.recordFailure(officer.id(), MAX_FAILURES, this.clock.instant().plus(LOCK));
			// every failure from the limit on (re)locks: after a lock has run out, the
			// count is still at the limit and the next failure locks again
			if (failures >= MAX_FAILURES) {
				this.audit.recordFor(officer.id(), officer.username(), "ACCOUNT_LOCKED", "officer", officer.id(), null);
			}
		});
	}

	private static String truncate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) : text;
	}

}
