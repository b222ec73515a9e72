package org.causo.fieldwork;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causo.shared.SkillNames;

import org.springframework.stereotype.Component;

/**
 * The catalogue as {@link SkillNames}, for the modules that cannot depend on fieldwork
 * (training offers and checks the skills of a class with it).
 */
@Component
class SkillNamesOfCatalogue implements SkillNames {

	private final SkillStore store;

	SkillNamesOfCatalogue(SkillStore store) {
		this.store = store;
	}

	@Override
	public List<Skill> list(Locale locale, boolean includeRetired) {
		return this.store.list(includeRetired).stream().map((s) -> named(s, locale)).toList();
	}

	@Override
	public Optional<Skill> find(String code, Locale locale) {
		return (code != null) ? this.store.findByCode(code).map((s) -> named(s, locale)) : Optional.empty();
	}

	private static Skill named(SkillView skill, Locale locale) {
		return new Skill(skill.code(), skill.name(locale), skill.retired());
	}

}
