package org.causo.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.causo.audit.AuditTrail;
import org.causo.identity.accounts.CredentialStore;
import org.causo.identity.accounts.OfficerChecks;
import org.causo.identity.accounts.OfficerRow;
import org.causo.identity.accounts.OfficerStore;
import org.causo.identity.accounts.OfficerViews;
import org.causo.identity.accounts.PasswordPolicy;
import org.causo.identity.digest.DigestSettings;
import org.causo.identity.digest.EmailAddress;
import org.causo.identity.keys.KeyPairs;
import org.causo.identity.tokens.TokenStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officer accounts: created and managed by admins within their scope, and the officer's
 * own password. Every change is audited. The second factor, API tokens and the digest
 * have facades of their own ({@link TotpEnrolment}, {@link ApiTokens},
 * {@link DigestSubscriptions}); the few calls other modules make on those go through here
 * too.
 */
@Service
@Transactional
public class Officers {

	private final OfficerStore store;

	private final CredentialStore credentials;

	private final OfficerChecks checks;

	private final OfficerViews views;

	private final KeyPairs keys;

	private final TokenStore tokens;

	private final DigestSettings digests;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokens apiTokens;

	private final TotpEnrolment totp;

	private final DigestSubscriptions subscriptions;

	Officers(OfficerStore store, CredentialStore credentials, OfficerChecks checks, OfficerViews views, KeyPairs keys,
			TokenStore tokens, DigestSettings digests, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			ApiTokens apiTokens, TotpEnrolment totp, DigestSubscriptions subscriptions) {
		this.store = store;
		this.credentials = credentials;
		this.checks = checks;
		this.views = views;
		this.keys = keys;
		this.tokens = tokens;
		this.digests = digests;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.apiTokens = apiTokens;
		this.totp = totp;
		this.subscriptions = subscriptions;
	}

	@Transactional(readOnly = true)
	public PageOf<OfficerView> search(Scope adminScope, String text, PageOf.Request page) {
		return this.store.search(adminScope, text, page).map(this.views::view);
	}

	@Transactional(readOnly = true)
	public OfficerView get(Scope adminScope, long id) {
		return this.views.view(visible(adminScope, id));
	}

	/** The officer's own account. */
	@Transactional(readOnly = true)
	public OfficerView me(long officerId) {
		return this.views.view(own(officerId));
	}

	public OfficerView create(Scope adminScope, OfficerDraft draft) {
		return create(adminScope, draft, true, false);
	}

	/**
	 * Creates an account. Admin-made accounts must change their password at first login;
	 * demo and first-admin accounts are made by the application itself.
	 */
	public OfficerView create(Scope adminScope, OfficerDraft draft, boolean mustChangePassword, boolean demo) {
		List<Problem> problems = new ArrayList<>();
		String username = this.checks.username(draft.username(), problems);
		String displayName = this.checks.displayName(draft.displayName(), problems);
		this.checks.scope(adminScope, draft, problems);
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
		if (email != null || draft.digest()) {
			this.digests.audit(id, username, email, draft.digest());
		}
		return me(id);
	}

	public OfficerView update(Scope adminScope, long id, OfficerDraft draft) {
		OfficerRow existing = visible(adminScope, id);
		List<Problem> problems = new ArrayList<>();
		String displayName = this.checks.displayName(draft.displayName(), problems);
		this.checks.scope(adminScope, draft, problems);
		String email = EmailAddress.check(draft.email(), draft.digest(), problems);
		InvalidInputException.throwIfAny(problems);
		this.store.update(id, displayName, draft);
		this.digests.set(id, email, draft.digest(), this.clock.instant());
		this.credentials.endSessions(existing.username());
		if (draft.disabled()) {
			this.tokens.revokeAll(id);
		}
		this.audit.record("OFFICER_UPDATED", "officer", id, "officer=" + existing.username() + ", previousRole="
				+ existing.role() + ", role=" + draft.role() + ", disabled=" + draft.disabled());
		if (!Objects.equals(email, existing.email()) || draft.digest() != existing.digest()) {
			this.digests.audit(id, existing.username(), email, draft.digest());
		}
		return me(id);
	}

	/**
	 * Sets a new random password that the officer must change at next login; returns it,
	 * once. The old key pair is dropped (nobody knows the password it was sealed under)
	 * and the new one is born at that change, under a password the admin never sees. The
	 * account's API tokens are revoked.
	 */
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

	/**
	 * Turns two-factor login off, for an officer who lost the phone; enrolment starts
	 * again. The account's API tokens are revoked.
	 */
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

	public void changePassword(long officerId, String current, String next, String confirmation) {
		OfficerRow officer = own(officerId);
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

	/** Active accounts of a post with one of the roles: the readers of its mailboxes. */
	@Transactional(readOnly = true)
	public List<Long> activeOfficersAt(long postId, List<Role> roles) {
		return this.store.activeIdsAtPost(postId, roles);
	}

	/** Display names by id, for pickers in other modules. */
	@Transactional(readOnly = true)
	public Map<Long, String> displayNames(Collection<Long> ids) {
		return this.store.displayNames(ids);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.store.count();
	}

	@Transactional(readOnly = true)
	public boolean anyActive(Role role) {
		return this.store.countRole(role) > 0;
	}

	/**
	 * What an account may see: derived from its role and the unit or post it is attached
	 * to.
	 */
	@Transactional(readOnly = true)
	public Scope scopeOf(long officerId) {
		return this.views.scopeOf(own(officerId));
	}

	/** See {@link TotpEnrolment#checkFresh}. */
	public void checkFreshTotp(long officerId, String code) {
		this.totp.checkFresh(officerId, code);
	}

	/** See {@link TotpEnrolment#enrolDemo}. */
	public String enrolDemoTotp(long officerId) {
		return this.totp.enrolDemo(officerId);
	}

	/** See {@link ApiTokens#create}. */
	public String createApiToken(long officerId, String name) {
		return this.apiTokens.create(officerId, name);
	}

	/** See {@link DigestSubscriptions#recipients}. */
	@Transactional(readOnly = true)
	public List<DigestRecipient> digestRecipients() {
		return this.subscriptions.recipients();
	}

	private OfficerRow own(long officerId) {
		return this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
	}

	private OfficerRow visible(Scope adminScope, long id) {
		return this.store.findVisible(adminScope, id).orElseThrow(() -> new NotFoundException("officer"));
	}

}
