package org.causo.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages a public page (law library, mailbox, guides) offers: Vietnamese, English
 * and French always, and the languages admins added once they are translated enough. The
 * layout and the language switch ask it; the languages module answers, so that
 * {@code shared} knows nothing of how languages are added.
 */
public interface PublicLanguages {

	/** The built-in languages only, for an application without the languages module. */
	PublicLanguages BUILT_IN = () -> Languages.OFFERED.stream().map((l) -> new Choice(l.getLanguage(), null)).toList();

	/** The languages offered, Vietnamese first. */
	List<Choice> offered();

	/** Whether a public page may be shown in this language. */
	default boolean offers(Locale locale) {
		String tag = locale.toLanguageTag();
		return offered().stream().anyMatch((c) -> c.code().equalsIgnoreCase(tag));
	}

	/**
	 * A language in the switch: its code (a BCP 47 tag) and its name in itself; no name
	 * for the built-in ones, whose names are in the bundles ({@code lang.vi}).
	 */
	record Choice(String code, String name) {

	}

}
