package org.causo.registry.web;

import org.causo.registry.Ethnicity;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.ResidentQuery;
import org.causo.registry.search.SkillFilter;

/**
 * The filters of the list pages and exports, as request parameters.
 *
 * @param q code, name or phone
 * @param hamlet hamlet id
 * @param ethnicity ethnic group
 * @param poor poor households only
 * @param nearPoor near-poor households only
 * @param policy policy households only
 * @param archived archived rows too
 * @param missingSkill code of a skill not reached (by the resident, by a member of the
 * household)
 */
public record ListFilter(String q, Long hamlet, Ethnicity ethnicity, Boolean poor, Boolean nearPoor, Boolean policy,
		Boolean archived, String missingSkill) {

	HouseholdQuery households(SkillFilter skills) {
		return new HouseholdQuery(this.q, null, this.hamlet, this.ethnicity, yesOnly(this.poor), yesOnly(this.nearPoor),
				yesOnly(this.policy), Boolean.TRUE.equals(this.archived), skills.households(this.missingSkill));
	}

	ResidentQuery residents(SkillFilter skills) {
		return new ResidentQuery(this.q, null, this.hamlet, null, this.ethnicity, Boolean.TRUE.equals(this.archived),
				skills.residents(this.missingSkill));
	}

	/** A ticked box filters; an unticked one does not mean "only the others". */
	private static Boolean yesOnly(Boolean flag) {
		return Boolean.TRUE.equals(flag) ? Boolean.TRUE : null;
	}

}
