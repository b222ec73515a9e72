package org.causo.registry.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.causo.registry.Ethnicity;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.search.SkillFilter;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The query parameters that filter households, the same for the API's list and its
 * export; each is optional.
 *
 * @param q code, head's name or phone, diacritics ignored
 * @param commune the commune
 * @param hamlet the hamlet
 * @param ethnicity the ethnicity
 * @param poor poor households, or the others
 * @param nearPoor near-poor households, or the others
 * @param policy policy households, or the others
 * @param archived archived households instead of the others
 * @param missingSkill a skill's code
 */
@ParameterObject
record HouseholdFilter(String q, Long commune, Long hamlet, Ethnicity ethnicity, Boolean poor, Boolean nearPoor,
		Boolean policy, @Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) boolean archived,
		@Parameter(
				description = "code of a skill that at least one member (not archived) has not reached") String missingSkill) {

	HouseholdQuery query(SkillFilter skills) {
		return new HouseholdQuery(this.q, this.commune, this.hamlet, this.ethnicity, this.poor, this.nearPoor,
				this.policy, this.archived, skills.households(this.missingSkill));
	}

}
