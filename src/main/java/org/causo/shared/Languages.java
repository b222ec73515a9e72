package org.causo.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages the application speaks, pages and public forms alike, Vietnamese first.
 * Posters offer the same ones, so that a poster never invites a resident to a form in a
 * language it does not have.
 */
public final class Languages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	public static final List<Locale> OFFERED = List.of(VIETNAMESE, Locale.ENGLISH, Locale.FRENCH);

	private Languages() {
	}

	/** The language codes, Vietnamese first: vi, en, fr. */
	public static List<String> codes() {
		return OFFERED.stream().map(Locale::getLanguage).toList();
	}

	/** The language of a code the application speaks; empty for any other. */
	public static java.util.Optional<Locale> of(String code) {
		return OFFERED.stream().filter((l) -> l.getLanguage().equals(code)).findFirst();
	}

}
