package org.causo.identity.accounts;

import java.time.Clock;

import org.causo.identity.OfficerView;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnits;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * A stored account as others read it: the view with the name of its unit or post, and the
 * scope its role and attachment give.
 */
@Component
public class OfficerViews {

	private final OrgUnits units;

	private final BorderPosts posts;

	private final Clock clock;

	OfficerViews(OrgUnits units, BorderPosts posts, Clock clock) {
		this.units = units;
		this.posts = posts;
		this.clock = clock;
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
