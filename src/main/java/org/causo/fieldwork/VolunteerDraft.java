package org.causo.fieldwork;

/**
 * A volunteer who joins a team without a login.
 *
 * @param name full name
 * @param affiliation youth union, teacher of the school…; optional
 */
public record VolunteerDraft(String name, String affiliation) {

}
