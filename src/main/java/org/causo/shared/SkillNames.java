package org.causo.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The skill catalogue as other modules see it: codes, names in the reader's language, and
 * whether a skill is retired. Fieldwork owns the catalogue and implements this, so that
 * training can offer and check the skills of a class without depending on fieldwork
 * (fieldwork depends on training).
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
