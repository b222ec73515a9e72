package org.causo.registry.households;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.HouseholdDraft;
import org.causo.registry.HouseholdView;
import org.causo.registry.residents.ResidentViews;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * What a household draft must pass: a code unique in its commune, an active hamlet of the
 * scope, a position with both coordinates, a head who lives there. The importer checks
 * the same code and address.
 */
@Component
public class HouseholdRules {

	public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,30}");

	public static final int MAX_ADDRESS = 300;

	private final HouseholdStore store;

	private final ResidentViews members;

	private final OrgUnits units;

	HouseholdRules(HouseholdStore store, ResidentViews members, OrgUnits units) {
		this.store = store;
		this.members = members;
		this.units = units;
	}

	public Checked check(Scope scope, HouseholdDraft d, HouseholdView existing) {
		List<Problem> problems = new ArrayList<>();
		String code = (d.code() != null) ? d.code().strip() : "";
		if (code.isEmpty()) {
			problems.add(new Problem("code", "household.error.code.required"));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "household.error.code.invalid"));
		}
		OrgUnit hamlet = hamlet(scope, d.hamletId(), problems);
		if (d.address() != null && d.address().length() > MAX_ADDRESS) {
			problems.add(new Problem("address", "household.error.address.tooLong", MAX_ADDRESS));
		}
		checkPosition(d.latitude(), d.longitude(), problems);
		if (d.poor() && d.nearPoor()) {
			problems.add(new Problem("nearPoor", "household.error.poorAndNearPoor"));
		}
		if (d.headResidentId() != null
				&& (existing == null || !this.members.isMember(existing.id(), d.headResidentId()))) {
			problems.add(new Problem("headResidentId", "household.error.head"));
		}
		if (problems.isEmpty()
				&& this.store.codeTaken(hamlet.parentId(), code, (existing != null) ? existing.id() : null)) {
			problems.add(new Problem("code", "household.error.code.duplicate", code));
		}
		InvalidInputException.throwIfAny(problems);
		return new Checked(code, hamlet);
	}

	/** The hamlet, if it is one, active and inside the scope; otherwise a problem. */
	private OrgUnit hamlet(Scope scope, Long hamletId, List<Problem> problems) {
		OrgUnit hamlet = null;
		if (hamletId != null) {
			try {
				hamlet = this.units.get(scope, hamletId);
			}
			catch (NotFoundException ex) {
				hamlet = null;
			}
		}
		if (hamlet == null || hamlet.kind() != UnitKind.HAMLET || hamlet.archived()) {
			problems.add(new Problem("hamletId", "household.error.hamlet"));
			return null;
		}
		return hamlet;
	}

	private static void checkPosition(BigDecimal lat, BigDecimal lon, List<Problem> problems) {
		if ((lat == null) != (lon == null)) {
			problems.add(new Problem("latitude", "household.error.position.both"));
		}
		else if (lat != null && (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| lon.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			problems.add(new Problem("latitude", "household.error.position.range"));
		}
	}

	/**
	 * A draft that passed: its code as kept and its hamlet.
	 *
	 * @param code the code, stripped
	 * @param hamlet the hamlet
	 */
	public record Checked(String code, OrgUnit hamlet) {

	}

}
