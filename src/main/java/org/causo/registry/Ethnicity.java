package org.causo.registry;

/**
 * Ethnic groups of the northern border provinces (official list has 54; these and other).
 */
public enum Ethnicity {

	KINH, THAI, MONG, DAO, HA_NHI, LU, GIAY, CONG, SI_LA, MANG, LA_HU, KHO_MU, NUNG, TAY, HOA, OTHER

}
