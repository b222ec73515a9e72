package org.causo.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Names, in the reader's language, of codes that a module keeps in its tables rather than
 * in the message bundles (a skill of the catalogue, for instance), so that shared pages
 * such as the audit log can show a name without knowing the module.
 */
public interface CodeNames {

	/** The code's name, or empty when this module does not know the code. */
	Optional<String> name(String code, Locale locale);

}
