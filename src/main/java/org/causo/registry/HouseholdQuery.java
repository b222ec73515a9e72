package org.causo.registry;

import java.util.List;

/**
 * A search over households; every part optional.
 *
 * @param text code, head's name or phone; diacritics and case ignored
 * @param communeId only this commune
 * @param hamletId only this hamlet
 * @param ethnicity only this ethnic group
 * @param poor only poor households (true) or only others (false)
 * @param nearPoor likewise for near-poor
 * @param policy likewise for policy households
 * @param includeArchived archived households too
 * @param more conditions added by other modules
 */
public record HouseholdQuery(String text, Long communeId, Long hamletId, Ethnicity ethnicity, Boolean poor,
		Boolean nearPoor, Boolean policy, boolean includeArchived, List<Criterion> more) {

	public HouseholdQuery {
		more = (more != null) ? List.copyOf(more) : List.of();
	}

	public static HouseholdQuery all() {
		return new HouseholdQuery(null, null, null, null, null, null, null, false, List.of());
	}

	public static HouseholdQuery ofHamlet(long hamletId) {
		return new HouseholdQuery(null, null, hamletId, null, null, null, null, false, List.of());
	}

	public static HouseholdQuery ofCommune(long communeId) {
		return new HouseholdQuery(null, communeId, null, null, null, null, null, false, List.of());
	}

	public HouseholdQuery and(Criterion criterion) {
		List<Criterion> all = new java.util.ArrayList<>(this.more);
		all.add(criterion);
		return new HouseholdQuery(this.text, this.communeId, this.hamletId, this.ethnicity, this.poor, this.nearPoor,
				this.policy, this.includeArchived, all);
	}

}
