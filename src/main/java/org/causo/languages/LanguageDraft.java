package org.causo.languages;

/**
 * A language an admin adds: its BCP 47 tag ({@code hmn}, {@code th}…), its name in itself
 * and in Vietnamese, and whether public pages may offer it once translated.
 */
public record LanguageDraft(String code, String nameNative, String nameVi, Boolean enabled) {

}
