package org.causo.registry.demo;

import org.causo.registry.Ethnicity;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.Sex;

/**
 * An invented resident.
 *
 * @param name full name
 * @param nameKey folded name
 * @param sex sex
 * @param birthYear birth year
 * @param ethnicity group
 * @param languages languages as a PostgreSQL array literal
 * @param reads reads Vietnamese, null under 6
 * @param relation relation to the head
 * @param phone phone digits or null
 * @param nationalId national ID (sealed before it is saved) or null
 */
record DemoPerson(String name, String nameKey, Sex sex, int birthYear, Ethnicity ethnicity, String languages,
		ReadsVietnamese reads, Relation relation, String phone, String nationalId) {

}
