package org.causo.registry;

import java.math.BigDecimal;

/**
 * A household as officers see it.
 *
 * @param id id
 * @param code code, unique in the commune
 * @param hamletId the hamlet
 * @param hamletName its name
 * @param communeId the commune the hamlet belongs to
 * @param communeName its name
 * @param address how to find the house
 * @param latitude GPS latitude or null
 * @param longitude GPS longitude or null
 * @param headResidentId the head of household or null
 * @param headName the head's name or null
 * @param ethnicity ethnic group or null
 * @param mainLanguage main language or null
 * @param poor poor household
 * @param nearPoor near-poor household
 * @param policy policy household
 * @param members active residents
 * @param demo invented demo data
 * @param archived archived households stay for history
 */
public record HouseholdView(long id, String code, long hamletId, String hamletName, long communeId, String communeName,
		String address, BigDecimal latitude, BigDecimal longitude, Long headResidentId, String headName,
		Ethnicity ethnicity, Language mainLanguage, boolean poor, boolean nearPoor, boolean policy, int members,
		boolean demo, boolean archived) {

}
