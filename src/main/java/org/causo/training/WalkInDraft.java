package org.causo.training;

import java.util.UUID;

import org.causo.registry.Relation;
import org.causo.registry.Sex;

/**
 * Someone not yet in the registry came to the class: the resident is created on the spot,
 * in an existing household or a new one in the venue's hamlet, and attends.
 *
 * @param id the event's id, made by the client
 * @param fullName full name
 * @param sex sex
 * @param birthYear year of birth, optional
 * @param phone phone number, optional
 * @param householdId an existing household, or null for a new household in the venue's
 * hamlet with the walk-in as its head
 * @param relation relation to the head in an existing household (default: other relative)
 */
public record WalkInDraft(UUID id, String fullName, Sex sex, Integer birthYear, String phone, Long householdId,
		Relation relation) {

}
