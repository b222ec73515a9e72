package org.causo.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.audit.AuditTrail;
import org.causo.identity.accounts.CredentialStore;
import org.causo.identity.accounts.OfficerRow;
import org.causo.identity.accounts.OfficerStore;
import org.causo.identity.keys.KeyPairs;
import org.causo.identity.login.LoginHandlers;
import org.causo.identity.login.LoginSteps;
import org.causo.identity.totp.Totp;

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

	private final CredentialStore credentials;

	private final Totp totp;

	private final LoginSteps steps;

	private final LoginHandlers handlers;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	private final KeyPairs keys;

	LoginFlow(OfficerStore store, CredentialStore credentials, Totp totp, LoginSteps steps, LoginHandlers handlers,
			AuditTrail audit, java.time.Clock clock, KeyPairs keys) {
		this.credentials = credentials;
		this.keys = keys;
		this.store = store;
		this.totp = totp;
		this.steps = steps;
		this.handlers = handlers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks the second factor of a login; wrong codes count towards lockout like
	 * passwords. A locked account still opens with the right code (the password was right
	 * too), so strangers cannot lock an officer out; while it is locked, a wrong code
	 * ends the attempt and spends the current time steps, so codes can be guessed at most
	 * once per step. The session gets a new id once the code is accepted.
	 */
	@Transactional
	public TotpOutcome checkTotp(long officerId, String code, HttpServletRequest request) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow();
		boolean wasLocked = officer.locked(this.clock.instant());
		long step = this.totp.matchingStep(officer.totpSecret(), code);
		if (step >= 0 && this.credentials.useTotpStep(officerId, step)) {
			request.changeSessionId();
			request.getSession().setAttribute(LoginSteps.TOTP_DONE, Boolean.TRUE);
			this.audit.recordFor(officerId, officer.username(), "LOGIN_TOTP_OK", "officer", officerId,
					wasLocked ? "locked" : null);
			return TotpOutcome.ACCEPTED;
		}
		this.handlers.recordFailure(officer);
		this.audit.recordFor(officerId, officer.username(), "LOGIN_TOTP_FAILED", "officer", officerId, null);
		if (wasLocked) {
			this.credentials.useTotpStep(officerId, this.totp.currentStep() + 1);
			return TotpOutcome.LOCKED;
		}
		boolean locked = this.store.findById(officerId).orElseThrow().locked(this.clock.instant());
		return locked ? TotpOutcome.LOCKED : TotpOutcome.WRONG;
	}

	/**
	 * After the officer changed their own password: the key pair (born at the first
	 * change) is opened into the session, so that reports read at once.
	 */
	public void passwordChanged(long officerId, String password, HttpServletRequest request,
			HttpServletResponse response) {
		this.keys.openIntoSession(officerId, password, false, request, response);
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
