package org.causo.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.causo.identity.accounts.AccountChanges;
import org.causo.identity.accounts.OfficerScopes;
import org.causo.identity.accounts.OfficerStore;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

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

	private final AccountChanges changes;

	private final OfficerScopes scopes;

	private final ApiTokens apiTokens;

	private final TotpEnrolment totp;

	private final DigestSubscriptions subscriptions;

	Officers(OfficerStore store, AccountChanges changes, OfficerScopes scopes, ApiTokens apiTokens, TotpEnrolment totp,
			DigestSubscriptions subscriptions) {
		this.store = store;
		this.changes = changes;
		this.scopes = scopes;
		this.apiTokens = apiTokens;
		this.totp = totp;
		this.subscriptions = subscriptions;
	}

	@Transactional(readOnly = true)
	public PageOf<OfficerView> search(Scope adminScope, String text, PageOf.Request page) {
		return this.store.search(adminScope, text, page).map(this.scopes::view);
	}

	@Transactional(readOnly = true)
	public OfficerView get(Scope adminScope, long id) {
		return this.scopes.view(this.changes.visible(adminScope, id));
	}

	/** The officer's own account. */
	@Transactional(readOnly = true)
	public OfficerView me(long officerId) {
		return this.scopes.view(this.store.get(officerId));
	}

	public OfficerView create(Scope adminScope, OfficerDraft draft) {
		return create(adminScope, draft, true, false);
	}

	/**
	 * Creates an account. Admin-made accounts must change their password at first login;
	 * demo and first-admin accounts are made by the application itself.
	 */
	public OfficerView create(Scope adminScope, OfficerDraft draft, boolean mustChangePassword, boolean demo) {
		return me(this.changes.create(adminScope, draft, mustChangePassword, demo));
	}

	public OfficerView update(Scope adminScope, long id, OfficerDraft draft) {
		this.changes.update(adminScope, id, draft);
		return me(id);
	}

	/**
	 * Sets a new random password that the officer must change at next login; returns it,
	 * once. The old key pair is dropped (nobody knows the password it was sealed under)
	 * and the new one is born at that change, under a password the admin never sees. The
	 * account's API tokens are revoked.
	 */
	public String resetPassword(Scope adminScope, long id) {
		return this.changes.resetPassword(adminScope, id);
	}

	/**
	 * Turns two-factor login off, for an officer who lost the phone; enrolment starts
	 * again. The account's API tokens are revoked.
	 */
	public void resetTotp(Scope adminScope, long id) {
		this.changes.resetTotp(adminScope, id);
	}

	public void unlock(Scope adminScope, long id) {
		this.changes.unlock(adminScope, id);
	}

	public void changePassword(long officerId, String current, String next, String confirmation) {
		this.changes.changePassword(officerId, current, next, confirmation);
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
		return this.scopes.scopeOf(this.store.get(officerId));
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

}
