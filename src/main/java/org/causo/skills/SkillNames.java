package org.causo.skills;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The skill catalogue as training reads it: codes, names in the reader's language, and
 * whether a skill is retired (a class covers skills by code).
 */
public interface SkillNames {

	/** The skills in catalogue order; retired ones only when asked. */
	List<Skill> list(Locale locale, boolean includeRetired);

	/** A skill by its code, retired or not; empty when the catalogue has no such code. */
	Optional<Skill> find(String code, Locale locale);

	/**
	 * A skill of the catalogue.
	 *
	 * @param code stable code
	 * @param name name in the reader's language
	 * @param retired no longer taught (it stays in the history)
	 */
	record Skill(String code, String name, boolean retired) {

	}

}
