package org.causo.identity.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.causo.audit.AuditTrail;
import org.causo.identity.OfficerDraft;
import org.causo.identity.digest.DigestSettings;
import org.causo.identity.digest.DigestSettings.Choice;
import org.causo.identity.digest.EmailAddress;
import org.causo.identity.keys.KeyPairs;
import org.causo.identity.tokens.TokenStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What is done to accounts: an admin's, in the admin's scope (create, edit, reset the
 * password or the second factor, unlock), and the officer's own password change. Each
 * change is checked, stored and audited, and ends the account's sessions where it changes
 * what the account may do.
 */
@Component
public class AccountChanges {

	private final OfficerStore store;

	private final CredentialStore credentials;

	private final OfficerScopes scopes;

	private final KeyPairs keys;

	private final TokenStore tokens;

	private final DigestSettings digests;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private final SecureRandom random = new SecureRandom();

	AccountChanges(OfficerStore store, CredentialStore credentials, OfficerScopes scopes, KeyPairs keys,
			TokenStore tokens, DigestSettings digests, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.store = store;
		this.credentials = credentials;
		this.scopes = scopes;
		this.keys = keys;
		this.tokens = tokens;
		this.digests = digests;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates the account; returns its id. */
	public long create(Scope adminScope, OfficerDraft draft, boolean mustChangePassword, boolean demo) {
		List<Problem> problems = new ArrayList<>();
		String username = username(draft.username(), problems);
		String displayName = displayName(draft.displayName(), problems);
		this.scopes.check(adminScope, draft, problems);
		PasswordPolicy.check(username, draft.password(), "password", problems);
		String email = EmailAddress.check(draft.email(), draft.digest(), problems);
		InvalidInputException.throwIfAny(problems);
		long id = this.store.insert(draft, username, displayName, this.passwords.encode(draft.password()),
				mustChangePassword, demo, email, this.clock.instant());
		// the key pair is born under the officer's own password, at the first change; an
		// account that never has to change it (demo) gets it now
		if (!mustChangePassword) {
			this.keys.create(id, draft.password());
		}
		this.audit.record("OFFICER_CREATED", "officer", id, "officer=" + username + ", role=" + draft.role());
		// a change from nothing: the insert stored it already, writing it again changes
		// nothing
		this.digests.change(id, username, Choice.NONE, new Choice(email, draft.digest()));
		return id;
	}

	public void update(Scope adminScope, long id, OfficerDraft draft) {
		OfficerRow existing = visible(adminScope, id);
		List<Problem> problems = new ArrayList<>();
		String displayName = displayName(draft.displayName(), problems);
		this.scopes.check(adminScope, draft, problems);
		String email = EmailAddress.check(draft.email(), draft.digest(), problems);
		InvalidInputException.throwIfAny(problems);
		this.store.update(id, displayName, draft);
		this.credentials.endSessions(existing.username());
		if (draft.disabled()) {
			this.tokens.revokeAll(id);
		}
		this.audit.record("OFFICER_UPDATED", "officer", id, "officer=" + existing.username() + ", previousRole="
				+ existing.role() + ", role=" + draft.role() + ", disabled=" + draft.disabled());
		this.digests.change(id, existing.username(), new Choice(existing.email(), existing.digest()),
				new Choice(email, draft.digest()));
	}

	/** A new random password, returned once; the key pair and the API tokens go. */
	public String resetPassword(Scope adminScope, long id) {
		OfficerRow officer = visible(adminScope, id);
		String password = PasswordPolicy.random(this.random);
		this.credentials.setPassword(id, this.passwords.encode(password), true);
		this.keys.remove(id);
		this.tokens.revokeAll(id);
		this.credentials.endSessions(officer.username());
		this.audit.record("OFFICER_PASSWORD_RESET", "officer", id, officer.username());
		return password;
	}

	public void resetTotp(Scope adminScope, long id) {
		OfficerRow officer = visible(adminScope, id);
		this.credentials.setTotp(id, null, false);
		this.tokens.revokeAll(id);
		this.credentials.endSessions(officer.username());
		this.audit.record("OFFICER_TOTP_RESET", "officer", id, officer.username());
	}

	public void unlock(Scope adminScope, long id) {
		OfficerRow officer = visible(adminScope, id);
		this.credentials.clearFailures(id);
		this.audit.record("OFFICER_UNLOCKED", "officer", id, officer.username());
	}

	/** The officer's own change; the first one gives the account its key pair. */
	public void changePassword(long officerId, String current, String next, String confirmation) {
		OfficerRow officer = this.store.get(officerId);
		List<Problem> problems = new ArrayList<>();
		if (current == null || !this.passwords.matches(current, officer.passwordHash())) {
			problems.add(new Problem("current", "password.error.current"));
		}
		PasswordPolicy.check(officer.username(), next, "next", problems);
		if (next != null && !next.equals(confirmation)) {
			problems.add(new Problem("confirmation", "password.error.confirmation"));
		}
		if (next != null && current != null && next.equals(current)) {
			problems.add(new Problem("next", "password.error.same"));
		}
		InvalidInputException.throwIfAny(problems);
		this.credentials.setPassword(officerId, this.passwords.encode(next), false);
		if (officer.mustChangePassword()) {
			// the first password of the officer's own: a new key pair, never sealed under
			// a password someone else chose
			this.keys.create(officerId, next);
		}
		else {
			this.keys.reseal(officerId, current, next);
		}
		this.audit.record("PASSWORD_CHANGED", "officer", officerId, officer.username());
	}

	/** The username, cleaned; a problem when it is malformed or taken. */
	private String username(String username, List<Problem> problems) {
		String clean = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		if (!USERNAME.matcher(clean).matches()) {
			problems.add(new Problem("username", "officer.error.username.invalid"));
		}
		else if (this.store.findByUsername(clean).isPresent()) {
			problems.add(new Problem("username", "officer.error.username.taken"));
		}
		return clean;
	}

	private static String displayName(String displayName, List<Problem> problems) {
		String clean = SearchKey.clean(displayName);
		if (clean == null || clean.isEmpty() || clean.length() > 120) {
			problems.add(new Problem("displayName", "officer.error.displayName"));
		}
		return clean;
	}

	public OfficerRow visible(Scope adminScope, long id) {
		return this.store.findVisible(adminScope, id).orElseThrow(() -> new NotFoundException("officer"));
	}

}
