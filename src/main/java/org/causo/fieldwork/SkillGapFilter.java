package org.causo.fieldwork;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causo.registry.Criterion;
import org.causo.registry.MissingSkills;

import org.springframework.stereotype.Component;

/**
 * The registry lists' "skill missing" filter: the skills still taught to choose from, and
 * for a code (retired skills too, their history stays) the condition on the folded state
 * {@code resident_skill}, whose key (resident, skill) and the index (skill, resident)
 * answer the {@code not exists} with one index probe per resident.
 */
@Component
class SkillGapFilter implements MissingSkills {

	private final SkillStore store;

	private final Skills skills;

	SkillGapFilter(SkillStore store, Skills skills) {
		this.store = store;
		this.skills = skills;
	}

	@Override
	public List<Option> options(Locale locale) {
		return this.store.list(false).stream().map((s) -> new Option(s.code(), s.name(locale))).toList();
	}

	@Override
	public Optional<Criterion> residentsMissing(String code) {
		return this.store.findByCode(code).map((skill) -> {
			Criterion missing = this.skills.missing(skill.id());
			return new Criterion(missing.sql(), missing.params(), "missing skill " + skill.code());
		});
	}

}
