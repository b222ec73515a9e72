package org.causo.identity.login;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.causo.identity.accounts.CredentialStore;
import org.causo.identity.accounts.OfficerRow;
import org.causo.identity.accounts.OfficerStore;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After the password, a login may still owe steps: the TOTP code, a new password, TOTP
 * enrolment. Until they are done the session holds only the authority of the next step,
 * so every other page stays closed.
 */
@Component
public class LoginSteps {

	public static final String TOTP_DONE = "causo.totpDone";

	public enum Step {

		TOTP("/login/totp"), PASSWORD("/account/password"), ENROL("/account/totp"), DONE(null);

		final String page;

		Step(String page) {
			this.page = page;
		}

		String authority() {
			return "ROLE_STEP_" + name();
		}

	}

	private final OfficerStore store;

	private final CredentialStore credentials;

	private final OfficerDetailsService details;

	private final SecurityContextRepository repository;

	private final LoginDevices devices;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	LoginSteps(OfficerStore store, CredentialStore credentials, OfficerDetailsService details,
			SecurityContextRepository repository, LoginDevices devices) {
		this.store = store;
		this.credentials = credentials;
		this.details = details;
		this.repository = repository;
		this.devices = devices;
	}

	/**
	 * Reloads the officer, works out the next step and puts the matching authentication
	 * in the session.
	 */
	public Step advance(long officerId, HttpServletRequest request, HttpServletResponse response) {
		OfficerRow row = this.store.findById(officerId).orElseThrow();
		OfficerPrincipal principal = this.details.principal(row);
		principal.eraseCredentials();
		HttpSession session = request.getSession();
		boolean totpDone = Boolean.TRUE.equals(session.getAttribute(TOTP_DONE));
		Step step = next(principal, totpDone);
		String authority = (step == Step.DONE) ? principal.role().authority() : step.authority();
		UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(authority)));
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(auth);
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
		if (step == Step.DONE) {
			this.credentials.clearFailures(officerId);
			this.devices.remember(officerId, request, response);
		}
		return step;
	}

	static Step next(OfficerPrincipal principal, boolean totpDone) {
		if (principal.totpEnabled() && !totpDone) {
			return Step.TOTP;
		}
		if (principal.mustChangePassword()) {
			return Step.PASSWORD;
		}
		if (principal.role().requiresTotp() && !principal.totpEnabled()) {
			return Step.ENROL;
		}
		return Step.DONE;
	}

}
