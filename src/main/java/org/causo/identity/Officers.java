package org.causo.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officer accounts: created and managed by admins within their scope, and the officer's
 * own password, second factor and API tokens. Every change is audited.
 */
@Service
@Transactional
public class Officers {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private final OfficerStore store;

	private final OfficerKeys keys;

	private final TokenStore tokens;

	private final PasswordEncoder passwords;

	private final Totp totp;

	private final OrgUnits units;

	private final BorderPosts posts;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Officers(OfficerStore store, OfficerKeys keys, TokenStore tokens, PasswordEncoder passwords, Totp totp,
			OrgUnits units, BorderPosts posts, AuditTrail audit, Clock clock) {
		this.store = store;
		this.keys = keys;
		this.tokens = tokens;
		this.passwords = passwords;
		this.totp = totp;
		this.units = units;
		this.posts = posts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageOf<OfficerView> search(Scope adminScope, String text, PageOf.Request page) {
		return this.store.search(adminScope, text, page).map(this::view);
	}

	@Transactional(readOnly = true)
	public OfficerView get(Scope adminScope, long id) {
		return this.store.findVisible(adminScope, id)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("officer"));
	}

	/** The officer's own account. */
	@Transactional(readOnly = true)
	public OfficerView me(long officerId) {
		return this.store.findById(officerId).map(this::view).orElseThrow(() -> new NotFoundException("officer"));
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
		String username = (draft.username() != null) ? draft.username().strip().toLowerCase(Locale.ROOT) : "";
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new Problem("username", "officer.error.username.invalid"));
		}
		else if (this.store.findByUsername(username).isPresent()) {
			problems.add(new Problem("username", "officer.error.username.taken"));
		}
		String displayName = checkDisplayName(draft.displayName(), problems);
		checkScope(adminScope, draft, problems);
		PasswordPolicy.check(username, draft.password(), "password", problems);
		String email = EmailAddress.check(draft.email(), draft.digest(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = this.store.insert(draft, username, displayName, this.passwords.encode(draft.password()),
				mustChangePassword, demo, email, this.clock.instant());
		// the key pair is born under the officer's own password, at the first change; an
		// account that never has to change it (demo) gets it now
		if (!mustChangePassword) {
			this.keys.create(id, draft.password());
		}
		this.audit.record("OFFICER_CREATED", "officer", id, "officer=" + username + ", role=" + draft.role());
		if (email != null || draft.digest()) {
			auditDigest(id, username, email, draft.digest());
		}
		return me(id);
	}

	public OfficerView update(Scope adminScope, long id, OfficerDraft draft) {
		OfficerRow existing = visible(adminScope, id);
		List<Problem> problems = new ArrayList<>();
		String displayName = checkDisplayName(draft.displayName(), problems);
		checkScope(adminScope, draft, problems);
		String email = EmailAddress.check(draft.email(), draft.digest(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.store.update(id, displayName, draft, email, this.clock.instant());
		this.store.endSessions(existing.username());
		if (draft.disabled()) {
			this.tokens.revokeAll(id);
		}
		this.audit.record("OFFICER_UPDATED", "officer", id, "officer=" + existing.username() + ", previousRole="
				+ existing.role() + ", role=" + draft.role() + ", disabled=" + draft.disabled());
		if (!java.util.Objects.equals(email, existing.email()) || draft.digest() != existing.digest()) {
			auditDigest(id, existing.username(), email, draft.digest());
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
		this.store.setPassword(id, this.passwords.encode(password), true);
		this.keys.remove(id);
		this.tokens.revokeAll(id);
		this.store.endSessions(officer.username());
		this.audit.record("OFFICER_PASSWORD_RESET", "officer", id, officer.username());
		return password;
	}

	/**
	 * Turns two-factor login off, for an officer who lost the phone; enrolment starts
	 * again. The account's API tokens are revoked.
	 */
	public void resetTotp(Scope adminScope, long id) {
		OfficerRow officer = visible(adminScope, id);
		this.store.setTotp(id, null, false);
		this.tokens.revokeAll(id);
		this.store.endSessions(officer.username());
		this.audit.record("OFFICER_TOTP_RESET", "officer", id, officer.username());
	}

	public void unlock(Scope adminScope, long id) {
		OfficerRow officer = visible(adminScope, id);
		this.store.clearFailures(id);
		this.audit.record("OFFICER_UNLOCKED", "officer", id, officer.username());
	}

	public void changePassword(long officerId, String current, String next, String confirmation) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
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
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.store.setPassword(officerId, this.passwords.encode(next), false);
		if (officer.mustChangePassword()) {
			// the first password of the officer's own: a new key pair, never sealed under
			// a
			// password someone else chose
			this.keys.create(officerId, next);
		}
		else {
			this.keys.reseal(officerId, current, next);
		}
		this.audit.record("PASSWORD_CHANGED", "officer", officerId, officer.username());
	}

	/**
	 * Checks a fresh TOTP code typed to confirm a sensitive action (replacing the
	 * recovery key); a used, wrong or missing code is a 400.
	 */
	public void checkFreshTotp(long officerId, String code) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
		long step = officer.totpEnabled() ? this.totp.matchingStep(officer.totpSecret(), code) : -1;
		if (step < 0 || !this.store.useTotpStep(officerId, step)) {
			throw InvalidInputException.of("code", "totp.error.code");
		}
	}

	/** Starts (or restarts) TOTP enrolment: a new secret, not yet active. */
	public String startTotpEnrolment(long officerId) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
		if (officer.totpEnabled()) {
			throw InvalidInputException.of("code", "totp.error.alreadyEnabled");
		}
		String secret = this.totp.newSecret();
		this.store.setTotp(officerId, secret, false);
		return secret;
	}

	/** The pending secret and its otpauth URI, for the enrolment page's QR code. */
	@Transactional(readOnly = true)
	public String pendingTotpUri(long officerId) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
		if (officer.totpEnabled() || officer.totpSecret() == null) {
			throw new NotFoundException("totp enrolment");
		}
		return Totp.otpauthUri(officer.username(), officer.totpSecret());
	}

	@Transactional(readOnly = true)
	public String pendingTotpSecret(long officerId) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
		return officer.totpEnabled() ? null : officer.totpSecret();
	}

	public void confirmTotpEnrolment(long officerId, String code) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
		long step = this.totp.matchingStep(officer.totpSecret(), code);
		if (officer.totpEnabled() || step < 0) {
			throw InvalidInputException.of("code", "totp.error.code");
		}
		this.store.setTotp(officerId, officer.totpSecret(), true);
		this.store.useTotpStep(officerId, step);
		this.audit.record("TOTP_ENABLED", "officer", officerId, officer.username());
	}

	/** Enrols a demo account directly and returns its secret for {@code demo.json}. */
	public String enrolDemoTotp(long officerId) {
		String secret = this.totp.newSecret();
		this.store.setTotp(officerId, secret, true);
		return secret;
	}

	/**
	 * Makes a personal API token; the returned token is shown once and only its hash is
	 * kept.
	 */
	public String createApiToken(long officerId, String name) {
		String clean = SearchKey.clean(name);
		if (clean == null || clean.isEmpty() || clean.length() > 80) {
			throw InvalidInputException.of("name", "token.error.name");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = "cs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = this.tokens.insert(officerId, clean, sha256(token));
		this.audit.record("API_TOKEN_CREATED", "api_token", id, clean);
		return token;
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> apiTokens(long officerId) {
		return this.tokens.list(officerId);
	}

	public void revokeApiToken(long officerId, long tokenId) {
		if (!this.tokens.revoke(officerId, tokenId)) {
			throw new NotFoundException("token");
		}
		this.audit.record("API_TOKEN_REVOKED", "api_token", tokenId, null);
	}

	/** Active accounts of a post with one of the roles: the readers of its mailboxes. */
	@Transactional(readOnly = true)
	public List<Long> activeOfficersAt(long postId, List<Role> roles) {
		return this.store.activeIdsAtPost(postId, roles);
	}

	/** Display names by id, for pickers in other modules. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
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
		return scopeOf(this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer")));
	}

	Scope scopeOf(OfficerRow officer) {
		if (officer.scopePostId() != null) {
			return this.units.scopeOfPost(officer.scopePostId());
		}
		if (officer.scopeUnitId() != null) {
			return this.units.scopeOfUnit(officer.scopeUnitId());
		}
		return (officer.role() == Role.PROVINCE_ADMIN) ? Scope.all() : Scope.none();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sets the officer's own e-mail address and digest opt-in; returns the account as it
	 * is now.
	 */
	public OfficerView changeDigest(long officerId, String email, boolean digest) {
		OfficerRow officer = this.store.findById(officerId).orElseThrow(() -> new NotFoundException("officer"));
		List<Problem> problems = new ArrayList<>();
		String clean = EmailAddress.check(email, digest, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!java.util.Objects.equals(clean, officer.email()) || digest != officer.digest()) {
			this.store.setDigest(officerId, clean, digest, this.clock.instant());
			auditDigest(officerId, officer.username(), clean, digest);
		}
		return me(officerId);
	}

	/**
	 * Active officers who want the mailbox digest and have an address; the mailbox module
	 * decides what, if anything, is new for each.
	 */
	@Transactional(readOnly = true)
	public List<DigestRecipient> digestRecipients() {
		return this.store.digestRecipients();
	}

	private void auditDigest(long id, String username, String email, boolean digest) {
		this.audit.record("OFFICER_DIGEST_CHANGED", "officer", id,
				"officer=" + username + ", email=" + ((email != null) ? email : "-") + ", digest=" + digest);
	}

	private OfficerRow visible(Scope adminScope, long id) {
		return this.store.findVisible(adminScope, id).orElseThrow(() -> new NotFoundException("officer"));
	}

	private static String checkDisplayName(String displayName, List<Problem> problems) {
		String clean = SearchKey.clean(displayName);
		if (clean == null || clean.isEmpty() || clean.length() > 120) {
			problems.add(new Problem("displayName", "officer.error.displayName"));
		}
		return clean;
	}

	/**
	 * The new account's scope must be set as its role needs, and lie inside the admin's
	 * scope.
	 */
	private void checkScope(Scope adminScope, OfficerDraft draft, List<Problem> problems) {
		if (draft.role() == null) {
			problems.add(new Problem("role", "officer.error.role"));
			return;
		}
		if (draft.role().postScoped()) {
			if (draft.scopePostId() == null || draft.scopeUnitId() != null) {
				problems.add(new Problem("scopePostId", "officer.error.scope.post"));
				return;
			}
		}
		else if (draft.scopePostId() != null && draft.scopeUnitId() != null) {
			problems.add(new Problem("scopeUnitId", "officer.error.scope.one"));
			return;
		}
		if (draft.scopePostId() != null) {
			try {
				this.posts.get(adminScope, draft.scopePostId());
			}
			catch (NotFoundException ex) {
				problems.add(new Problem("scopePostId", "officer.error.scope.outside"));
			}
		}
		else if (draft.scopeUnitId() != null) {
			try {
				OrgUnit unit = this.units.get(adminScope, draft.scopeUnitId());
				if (unit.kind() == UnitKind.HAMLET) {
					problems.add(new Problem("scopeUnitId", "officer.error.scope.hamlet"));
				}
			}
			catch (NotFoundException ex) {
				problems.add(new Problem("scopeUnitId", "officer.error.scope.outside"));
			}
		}
		else if (!adminScope.everything()) {
			problems.add(new Problem("scopeUnitId", "officer.error.scope.national"));
		}
	}

	private OfficerView view(OfficerRow row) {
		String label = null;
		if (row.scopePostId() != null) {
			label = this.posts.findAnywhere(row.scopePostId()).map(BorderPost::name).orElse(null);
		}
		else if (row.scopeUnitId() != null) {
			label = this.units.get(Scope.all(), row.scopeUnitId()).name();
		}
		return new OfficerView(row.id(), row.username(), row.displayName(), row.role(), row.scopeUnitId(),
				row.scopePostId(), label, row.totpEnabled(), row.mustChangePassword(), row.locked(this.clock.instant()),
				row.disabled(), row.demo(), row.email(), row.digest());
	}

	OfficerStore store() {
		return this.store;
	}

}
