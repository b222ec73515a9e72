package org.causo.registry;

import java.math.BigDecimal;

/**
 * What an officer types to create or edit a household.
 *
 * @param code the household's code, unique in its commune (letters, digits, {@code ._/-})
 * @param hamletId the hamlet (an org unit of kind HAMLET) inside the officer's scope
 * @param address how to find the house
 * @param latitude optional GPS latitude
 * @param longitude optional GPS longitude
 * @param headResidentId the head of household, an active member; null for none yet
 * @param ethnicity ethnic group of the household
 * @param mainLanguage language mostly spoken at home
 * @param poor on the poor-household list
 * @param nearPoor on the near-poor list
 * @param policy a policy household (war invalids, martyrs' families…)
 */
public record HouseholdDraft(String code, Long hamletId, String address, BigDecimal latitude, BigDecimal longitude,
		Long headResidentId, Ethnicity ethnicity, Language mainLanguage, boolean poor, boolean nearPoor,
		boolean policy) {

}
