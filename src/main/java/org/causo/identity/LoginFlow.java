package org.causo.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The login steps after the password, as the web pages drive them. */
@Service
public class LoginFlow {

	/** How a TOTP code was taken. */
	public enum TotpOutcome {

		ACCEPTED, WRONG, LOCKED

	}

	private final OfficerStore store;

	private final Totp totp;

	private final LoginSteps steps;

	private final LoginHandlers handlers;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	LoginFlow(OfficerStore store, Totp totp, LoginSteps steps, LoginHandlers handlers, AuditTrail audit,
			java.time.Clock clock) {
		this.store = store;
		this.totp = totp;
		this.steps = steps;
		this.handlers = handlers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks the second factor of a login; wrong codes count towards lockout like
	 * passwords.
	 */
	@Transactional
	public TotpOutcome checkTotp(long officerId, String code, HttpServletRequest request) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow();
		if (officer.locked(this.clock.instant())) {
			return TotpOutcome.LOCKED;
		}
		long step = this.totp.matchingStep(officer.totpSecret(), code);
		if (step >= 0 && this.store.useTotpStep(officerId, step)) {
			request.getSession().setAttribute(LoginSteps.TOTP_DONE, Boolean.TRUE);
			this.audit.recordFor(officerId, officer.username(), "LOGIN_TOTP_OK", "officer", officerId, null);
			return TotpOutcome.ACCEPTED;
		}
		this.handlers.recordFailure(officer.username());
		this.audit.recordFor(officerId, officer.username(), "LOGIN_TOTP_FAILED", "officer", officerId, null);
		boolean locked = this.store.findById(officerId).orElseThrow().locked(this.clock.instant());
		return locked ? TotpOutcome.LOCKED : TotpOutcome.WRONG;
	}

	/**
	 * Marks the second factor as proven in this session, after a successful enrolment.
	 */
	public void totpProven(HttpServletRequest request) {
		request.getSession().setAttribute(LoginSteps.TOTP_DONE, Boolean.TRUE);
	}

	/** Moves the session to the next login step and redirects to its page. */
	@Transactional
	public void continueLogin(long officerId, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.handlers.redirect(this.steps.advance(officerId, request, response), request, response);
	}

}
