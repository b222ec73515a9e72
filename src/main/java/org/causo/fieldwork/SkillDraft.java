package org.causo.fieldwork;

/**
 * What an admin types to add or rename a skill.
 *
 * @param code upper-case letters, digits and {@code _}; set once, ignored on a rename
 * @param nameVi name in Vietnamese
 * @param nameEn name in English
 * @param nameFr name in French
 */
public record SkillDraft(String code, String nameVi, String nameEn, String nameFr) {

}
