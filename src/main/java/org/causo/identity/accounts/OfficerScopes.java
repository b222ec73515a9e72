package org.causo.identity.accounts;

import java.time.Clock;
import java.util.List;

import org.causo.identity.OfficerDraft;
import org.causo.identity.OfficerView;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * An account's place in the org units: the unit or post an admin attaches it to (checked
 * against the role and the admin's own scope), its name in the account's view, and the
 * scope it gives at login.
 */
@Component
public class OfficerScopes {

	private final OrgUnits units;

	private final BorderPosts posts;

	private final Clock clock;

	OfficerScopes(OrgUnits units, BorderPosts posts, Clock clock) {
		this.units = units;
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * The account's scope must be set as its role needs, and lie inside the admin's
	 * scope.
	 */
	public void check(Scope adminScope, OfficerDraft draft, List<Problem> problems) {
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

	public OfficerView view(OfficerRow row) {
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

	/**
	 * What an account may see: derived from its role and the unit or post it is attached
	 * to.
	 */
	public Scope scopeOf(OfficerRow officer) {
		if (officer.scopePostId() != null) {
			return this.units.scopeOfPost(officer.scopePostId());
		}
		if (officer.scopeUnitId() != null) {
			return this.units.scopeOfUnit(officer.scopeUnitId());
		}
		return (officer.role() == Role.PROVINCE_ADMIN) ? Scope.all() : Scope.none();
	}

}
