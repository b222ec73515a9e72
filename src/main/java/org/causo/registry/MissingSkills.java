package org.causo.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the registry needs from the module that keeps skills reached (fieldwork) to filter
 * its lists by a skill missing. The registry owns this interface and does not depend on
 * its implementation: without one, the filter offers nothing and refuses every code.
 */
public interface MissingSkills {

	/** The skills to offer in the filter, in catalogue order, named for the reader. */
	List<Option> options(Locale locale);

	/**
	 * Residents (alias {@code r}) who have not reached the skill with this code; empty
	 * when the code is unknown.
	 */
	Optional<Criterion> residentsMissing(String code);

	/**
	 * A skill offered in the filter.
	 *
	 * @param code its code, the value of the filter
	 * @param name its name in the reader's language
	 */
	record Option(String code, String name) {

	}

}
