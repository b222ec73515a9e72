package org.causo.registry;

import java.util.List;

/**
 * What an officer types to create or edit a resident.
 *
 * @param householdId the household (on creation; later changes go through a move)
 * @param fullName full name
 * @param sex sex
 * @param birthYear year of birth, optional
 * @param ethnicity ethnic group, optional
 * @param languages languages spoken
 * @param readsVietnamese whether the resident reads Vietnamese, optional
 * @param relation relation to the head of household
 * @param phone phone number, optional, 9–11 digits
 * @param nationalId national ID number (12 digits), optional; blank on an edit keeps the
 * stored one
 */
public record ResidentDraft(Long householdId, String fullName, Sex sex, Integer birthYear, Ethnicity ethnicity,
		List<Language> languages, ReadsVietnamese readsVietnamese, Relation relation, String phone, String nationalId) {

	public ResidentDraft {
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

}
