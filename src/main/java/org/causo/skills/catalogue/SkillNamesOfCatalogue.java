package org.causo.skills.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causo.shared.CodeNames;
import org.causo.skills.SkillNames;
import org.causo.skills.SkillView;

import org.springframework.stereotype.Component;

/**
 * The catalogue as {@link SkillNames}, for training (it offers and checks the skills of a
 * class with it), and as {@link CodeNames}, so that the audit log names a skill's code in
 * the reader's language.
 */
@Component
class SkillNamesOfCatalogue implements SkillNames, CodeNames {

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

	/** Only codes with an underscore can be skills: the others need no query. */
	@Override
	public Optional<String> name(String code, Locale locale) {
		return (code.indexOf('_') > 0) ? find(code, locale).map(Skill::name) : Optional.empty();
	}

	private static Skill named(SkillView skill, Locale locale) {
		return new Skill(skill.code(), skill.name(locale), skill.retired());
	}

}
