package org.causo.skills;

/**
 * What an admin types to add or rename a skill, and whom it is for.
 *
 * @param code upper-case letters, digits and {@code _}; set once, ignored on a rename
 * @param nameVi name in Vietnamese
 * @param nameEn name in English
 * @param nameFr name in French
 * @param minAge the age from which residents count for the skill (0 to 120); null keeps
 * the skill's (0 for a new one)
 * @param headsOnly only household heads count; null keeps the skill's (no for a new one)
 */
public record SkillDraft(String code, String nameVi, String nameEn, String nameFr, Integer minAge, Boolean headsOnly) {

	public SkillDraft(String code, String nameVi, String nameEn, String nameFr) {
		this(code, nameVi, nameEn, nameFr, null, null);
	}

}
