package org.causo.identity;

import org.causo.audit.AuditTrail;
import org.causo.identity.accounts.CredentialStore;
import org.causo.identity.accounts.OfficerRow;
import org.causo.identity.accounts.OfficerStore;
import org.causo.identity.totp.Totp;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's second factor: enrolment with a QR code (a secret that becomes active only
 * with a right code), and a fresh code typed to confirm a sensitive action.
 */
@Service
@Transactional
public class TotpEnrolment {

	private final OfficerStore store;

	private final CredentialStore credentials;

	private final Totp totp;

	private final AuditTrail audit;

	TotpEnrolment(OfficerStore store, CredentialStore credentials, Totp totp, AuditTrail audit) {
		this.store = store;
		this.credentials = credentials;
		this.totp = totp;
		this.audit = audit;
	}

	/**
	 * Checks a fresh TOTP code typed to confirm a sensitive action (replacing the
	 * recovery key); a used, wrong or missing code is a 400.
	 */
	public void checkFresh(long officerId, String code) {
		OfficerRow officer = this.store.get(officerId);
		long step = officer.totpEnabled() ? this.totp.matchingStep(officer.totpSecret(), code) : -1;
		if (step < 0 || !this.credentials.useTotpStep(officerId, step)) {
			throw InvalidInputException.of("code", "totp.error.code");
		}
	}

	/** Starts (or restarts) TOTP enrolment: a new secret, not yet active. */
	public String start(long officerId) {
		OfficerRow officer = this.store.get(officerId);
		if (officer.totpEnabled()) {
			throw InvalidInputException.of("code", "totp.error.alreadyEnabled");
		}
		String secret = this.totp.newSecret();
		this.credentials.setTotp(officerId, secret, false);
		return secret;
	}

	/** The pending secret and its otpauth URI, for the enrolment page's QR code. */
	@Transactional(readOnly = true)
	public String pendingUri(long officerId) {
		OfficerRow officer = this.store.get(officerId);
		if (officer.totpEnabled() || officer.totpSecret() == null) {
			throw new NotFoundException("totp enrolment");
		}
		return Totp.otpauthUri(officer.username(), officer.totpSecret());
	}

	@Transactional(readOnly = true)
	public String pendingSecret(long officerId) {
		OfficerRow officer = this.store.get(officerId);
		return officer.totpEnabled() ? null : officer.totpSecret();
	}

	public void confirm(long officerId, String code) {
		OfficerRow officer = this.store.get(officerId);
		long step = this.totp.matchingStep(officer.totpSecret(), code);
		if (officer.totpEnabled() || step < 0) {
			throw InvalidInputException.of("code", "totp.error.code");
		}
		this.credentials.setTotp(officerId, officer.totpSecret(), true);
		this.credentials.useTotpStep(officerId, step);
		this.audit.record("TOTP_ENABLED", "officer", officerId, officer.username());
	}

	/** Enrols a demo account directly and returns its secret for {@code demo.json}. */
	public String enrolDemo(long officerId) {
		String secret = this.totp.newSecret();
		this.credentials.setTotp(officerId, secret, true);
		return secret;
	}

}
