package org.causo.registry;

import java.util.List;

/**
 * A resident as officers see it. The national ID is only ever here masked.
 *
 * @param id id
 * @param householdId current household
 * @param householdCode its code
 * @param hamletId its hamlet
 * @param hamletName its hamlet's name, so that look-alike names can be told apart
 * @param fullName full name
 * @param sex sex
 * @param birthYear year of birth or null
 * @param ethnicity ethnic group or null
 * @param languages languages spoken
 * @param readsVietnamese reads Vietnamese, or null when not known
 * @param relation relation to the head
 * @param phone phone number or null
 * @param nationalIdMasked the national ID with all but its last three digits hidden, or
 * null when none is recorded
 * @param demo invented demo data
 * @param archived no longer living here
 */
public record ResidentView(long id, long householdId, String householdCode, long hamletId, String hamletName,
		String fullName, Sex sex, Integer birthYear, Ethnicity ethnicity, List<Language> languages,
		ReadsVietnamese readsVietnamese, Relation relation, String phone, String nationalIdMasked, boolean demo,
		boolean archived) {

}
