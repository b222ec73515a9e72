package org.causo.identity.login;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.audit.AuditTrail;
import org.causo.identity.accounts.CredentialStore;
import org.causo.identity.accounts.OfficerRow;
import org.causo.identity.accounts.OfficerStore;
import org.causo.identity.keys.KeyPairs;

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
 * officer wanted); on failure a count towards lockout and one message for every cause,
 * which never says whether the username exists.
 *
 * <p>
 * A lock (five failures in a row, fifteen minutes) stops the password alone, not the
 * officer: an account with TOTP still gets in with the right password and then the right
 * code, so a stranger typing wrong passwords cannot lock an officer out. An account
 * without TOTP stays locked for every browser except those the officer has logged in from
 * before ({@link LoginDevices}), until the time runs out or an admin unlocks it.
 */
@Component
public class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final int MAX_FAILURES = 5;

	static final java.time.Duration LOCK = java.time.Duration.ofMinutes(15);

	private final LoginSteps steps;

	private final KeyPairs keys;

	private final OfficerStore store;

	private final CredentialStore credentials;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	private final RequestCache requests = new HttpSessionRequestCache();

	LoginHandlers(LoginSteps steps, KeyPairs keys, OfficerStore store, CredentialStore credentials, AuditTrail audit,
			java.time.Clock clock) {
		this.credentials = credentials;
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
		this.keys.openIntoSession(principal.officerId(), request.getParameter("password"),
				principal.mustChangePassword(), request, response);
		this.audit.recordFor(principal.officerId(), principal.username(), "LOGIN_PASSWORD_OK", "officer",
				principal.officerId(), null);
		redirect(this.steps.advance(principal.officerId(), request, response), request, response);
	}

	/** Sends the officer to the page of the next step, or to the page first asked for. */
	public void redirect(LoginSteps.Step step, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (step != LoginSteps.Step.DONE) {
			response.sendRedirect(request.getContextPath() + step.page);
			return;
		}
		SavedRequest saved = this.requests.getRequest(request, response);
		this.requests.removeRequest(request, response);
		String target = (saved != null) ? saved.getRedirectUrl() : request.getContextPath() + "/";
		response.sendRedirect(target);
	}

	/**
	 * One answer for an unknown username, a wrong password, a locked or a disabled
	 * account, so that the page never tells whether an account exists. The audit row
	 * names the account only when there is one: a username that matches none may be a
	 * password typed into the wrong field.
	 */
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
		OfficerRow officer = this.store.findByUsername(username).orElse(null);
		if (officer == null) {
			reason = "unknown";
		}
		else if (reason.equals("error")) {
			recordFailure(officer);
		}
		this.audit.recordFor((officer != null) ? officer.id() : null, (officer != null) ? officer.username() : "-",
				"LOGIN_FAILED", "officer", (officer != null) ? officer.id() : null, reason);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/**
	 * Counts a failed password or TOTP code; the fifth in a row locks the account for a
	 * while.
	 */
	public void recordFailure(OfficerRow officer) {
		int failures = this.credentials.recordFailure(officer.id(), MAX_FAILURES, this.clock.instant().plus(LOCK));
		// every failure from the limit on (re)locks: after a lock has run out, the
		// count is still at the limit and the next failure locks again
		if (failures >= MAX_FAILURES) {
			this.audit.recordFor(officer.id(), officer.username(), "ACCOUNT_LOCKED", "officer", officer.id(), null);
		}
	}

}
