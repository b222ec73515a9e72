package org.causo.registry;

import java.util.List;

/**
 * A search over residents; every part optional.
 *
 * @param text name or phone; diacritics and case ignored
 * @param communeId only this commune
 * @param hamletId only this hamlet
 * @param householdId only this household
 * @param ethnicity only this ethnic group
 * @param includeArchived archived residents too
 * @param more conditions added by other modules (fieldwork: skills missing…)
 */
public record ResidentQuery(String text, Long communeId, Long hamletId, Long householdId, Ethnicity ethnicity,
		boolean includeArchived, List<Criterion> more) {

	public ResidentQuery {
		more = (more != null) ? List.copyOf(more) : List.of();
	}

	public static ResidentQuery all() {
		return new ResidentQuery(null, null, null, null, null, false, List.of());
	}

	public ResidentQuery and(Criterion criterion) {
		List<Criterion> all = new java.util.ArrayList<>(this.more);
		all.add(criterion);
		return new ResidentQuery(this.text, this.communeId, this.hamletId, this.householdId, this.ethnicity,
				this.includeArchived, all);
	}

}
