package org.causo.fieldwork;

import java.util.Locale;

/**
 * A skill of the catalogue.
 *
 * @param id id
 * @param code stable code (seeded skills keep theirs for ever)
 * @param nameVi name in Vietnamese
 * @param nameEn name in English
 * @param nameFr name in French
 * @param position order in lists
 * @param retired retired skills stay in the history but are no longer taught
 */
public record SkillView(long id, String code, String nameVi, String nameEn, String nameFr, int position,
		boolean retired) {

	/** The name in the reader's language (Vietnamese by default). */
	public String name(Locale locale) {
		String language = (locale != null) ? locale.getLanguage() : "vi";
		return switch (language) {
			case "en" -> this.nameEn;
			case "fr" -> this.nameFr;
			default -> this.nameVi;
		};
	}

}
