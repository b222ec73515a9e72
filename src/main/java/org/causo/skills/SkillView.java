package org.causo.skills;

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
 * @param minAge the age from which a resident counts for the skill (the household head
 * always counts)
 * @param headsOnly only household heads count, whatever their age
 */
public record SkillView(long id, String code, String nameVi, String nameEn, String nameFr, int position,
		boolean retired, int minAge, boolean headsOnly) {

	/** The name in the reader's language (Vietnamese by default). */
	public String name(Locale locale) {
		String language = (locale != null) ? locale.getLanguage() : "vi";
		return switch (language) {
			case "en" -> this.nameEn;
			case "fr" -> this.nameFr;
			default -> this.nameVi;
		};
	}

	/**
	 * Whether the skill is for this resident this year: the head always, others from the
	 * minimum age reached this calendar year (the registry keeps a birth year only). A
	 * resident whose birth year is not known counts, so that nobody drops off the work
	 * lists for a blank field.
	 */
	public boolean appliesTo(Integer birthYear, boolean head, int year) {
		if (head) {
			return true;
		}
		return !this.headsOnly && (birthYear == null || year - birthYear >= this.minAge);
	}

}
