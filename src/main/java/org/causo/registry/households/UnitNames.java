package org.causo.registry.households;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.registry.HouseholdView;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/** Names of the hamlets and communes on a page, through the org-unit facade. */
@Component
public class UnitNames {

	private final OrgUnits units;

	UnitNames(OrgUnits units) {
		this.units = units;
	}

	public List<HouseholdView> name(List<HouseholdView> households) {
		Map<Long, OrgUnit> hamlets = new HashMap<>();
		return households.stream().map((h) -> name(h, hamlets)).toList();
	}

	public HouseholdView name(HouseholdView h) {
		return name(h, new HashMap<>());
	}

	private HouseholdView name(HouseholdView h, Map<Long, OrgUnit> hamlets) {
		OrgUnit hamlet = hamlets.computeIfAbsent(h.hamletId(), this::unit);
		return new HouseholdView(h.id(), h.code(), h.hamletId(), (hamlet != null) ? hamlet.name() : null, h.communeId(),
				(hamlet != null) ? hamlet.parentName() : null, h.address(), h.latitude(), h.longitude(),
				h.headResidentId(), h.headName(), h.ethnicity(), h.mainLanguage(), h.poor(), h.nearPoor(), h.policy(),
				h.members(), h.demo(), h.archived());
	}

	/** A hamlet's name, null if it no longer exists. */
	public String hamletName(long hamletId) {
		OrgUnit hamlet = unit(hamletId);
		return (hamlet != null) ? hamlet.name() : null;
	}

	private OrgUnit unit(long id) {
		try {
			return this.units.get(Scope.all(), id);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

}
