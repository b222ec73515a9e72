package org.causo.registry.demo;

import java.util.List;

import org.causo.registry.Ethnicity;
import org.causo.registry.Language;

/**
 * An invented household, its head first among the people.
 *
 * @param hamlet its hamlet
 * @param code code, unique in the commune
 * @param ethnicity the head's group
 * @param language main language
 * @param poor poor household
 * @param nearPoor near-poor household
 * @param policy policy household
 * @param address address or null
 * @param lat latitude or null
 * @param lon longitude or null
 * @param people the members, head first
 */
record DemoHousehold(DemoHamlet hamlet, String code, Ethnicity ethnicity, Language language, boolean poor,
		boolean nearPoor, boolean policy, String address, Double lat, Double lon, List<DemoPerson> people) {

}
