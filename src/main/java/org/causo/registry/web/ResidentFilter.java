package org.causo.registry.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.causo.registry.Ethnicity;
import org.causo.registry.ResidentQuery;
import org.causo.registry.search.SkillFilter;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The query parameters that filter residents, the same for the API's list and its export;
 * each is optional.
 *
 * @param q name or phone, diacritics ignored
 * @param commune the commune
 * @param hamlet the hamlet
 * @param household the household
 * @param ethnicity the ethnicity
 * @param archived archived residents instead of the others
 * @param missingSkill a skill's code
 */
@ParameterObject
record ResidentFilter(String q, Long commune, Long hamlet, Long household, Ethnicity ethnicity,
		@Parameter(schema = @Schema(type = "boolean", defaultValue = "false")) boolean archived,
		@Parameter(description = "code of a skill the resident has not reached") String missingSkill) {

	ResidentQuery query(SkillFilter skills) {
		return new ResidentQuery(this.q, this.commune, this.hamlet, this.household, this.ethnicity, this.archived,
				skills.residents(this.missingSkill));
	}

}
