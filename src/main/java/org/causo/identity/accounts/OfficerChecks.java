package org.causo.identity.accounts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.causo.identity.OfficerDraft;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * What an admin may type for an account: a free username, a display name, and a scope
 * that suits the role and lies inside the admin's own.
 */
@Component
public class OfficerChecks {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

	private final OfficerStore store;

	private final OrgUnits units;

	private final BorderPosts posts;

	OfficerChecks(OfficerStore store, OrgUnits units, BorderPosts posts) {
		this.store = store;
		this.units = units;
		this.posts = posts;
	}

	/** The username, cleaned; a problem when it is malformed or taken. */
	public String username(String username, List<Problem> problems) {
		String clean = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		if (!USERNAME.matcher(clean).matches()) {
			problems.add(new Problem("username", "officer.error.username.invalid"));
		}
		else if (this.store.findByUsername(clean).isPresent()) {
			problems.add(new Problem("username", "officer.error.username.taken"));
		}
		return clean;
	}

	public String displayName(String displayName, List<Problem> problems) {
		String clean = SearchKey.clean(displayName);
		if (clean == null || clean.isEmpty() || clean.length() > 120) {
			problems.add(new Problem("displayName", "officer.error.displayName"));
		}
		return clean;
	}

	/**
	 * The account's scope must be set as its role needs, and lie inside the admin's
	 * scope.
	 */
	public void scope(Scope adminScope, OfficerDraft draft, List<Problem> problems) {
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

}
