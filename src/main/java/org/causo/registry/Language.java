package org.causo.registry;

/** Languages spoken at home. */
public enum Language {

	VIETNAMESE, THAI, MONG, DAO, HA_NHI, LU, GIAY, CONG, SI_LA, MANG, LA_HU, KHO_MU, CHINESE, OTHER

}
