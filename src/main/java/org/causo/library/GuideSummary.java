package org.causo.library;

/**
 * A guide in a list.
 *
 * @param id the guide
 * @param slug its public address, {@code /guides/{slug}}
 * @param title its title in the language asked for, else in Vietnamese
 * @param published the newest published version's number, 0 when never published
 * @param draft whether a draft waits to be published
 * @param openings how often it was opened in the last 30 days, all languages
 */
public record GuideSummary(long id, String slug, String title, int published, boolean draft, long openings) {

}
