package org.causo.fieldwork.skills;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.causo.fieldwork.Skills;
import org.causo.registry.Criterion;
import org.causo.registry.MissingSkills;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;

import org.springframework.stereotype.Component;

/**
 * The registry lists' "skill missing" filter: the skills still taught to choose from, and
 * for a code (retired skills too, their history stays) the condition on the folded state
 * {@code resident_skill}, whose key (resident, skill) and the index (skill, resident)
 * answer the {@code not exists} with one index probe per resident.
 */
@Component
public class SkillGapFilter implements MissingSkills {

	private final SkillCatalogue catalogue;

	private final Skills skills;

	SkillGapFilter(SkillCatalogue catalogue, Skills skills) {
		this.catalogue = catalogue;
		this.skills = skills;
	}

	@Override
	public List<Option> options(Locale locale) {
		return this.catalogue.list(false).stream().map((s) -> new Option(s.code(), s.name(locale))).toList();
	}

	@Override
	public Optional<Criterion> residentsMissing(String code) {
		return this.catalogue.find(code).map((skill) -> {
			Criterion missing = this.skills.missing(skill.id());
			return new Criterion(missing.sql(), missing.params(), "missing skill " + skill.code());
		});
	}

	/**
	 * Residents the skill is for (by the catalogue's age rule, at this year) who have not
	 * reached it: a condition over the registry's resident row {@code r}, the same rule
	 * as {@link SkillView#appliesTo}.
	 */
	public static Criterion notReached(SkillView skill, int year) {
		long skillId = skill.id();
		String param = "fieldworkMissingSkill" + skillId;
		String sql = "not exists (select 1 from resident_skill fs where fs.resident_id = r.id and fs.skill_id = :"
				+ param + ")";
		Map<String, Object> params = new HashMap<>(Map.of(param, skillId));
		if (skill.headsOnly()) {
			sql += " and r.relation = 'HEAD'";
		}
		else if (skill.minAge() > 0) {
			String born = "fieldworkBornBy" + skillId;
			sql += " and (r.relation = 'HEAD' or r.birth_year is null or r.birth_year <= :" + born + ")";
			params.put(born, year - skill.minAge());
		}
		return new Criterion(sql, params);
	}

}
