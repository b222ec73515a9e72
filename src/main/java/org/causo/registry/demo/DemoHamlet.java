package org.causo.registry.demo;

import java.util.Set;

import org.causo.orgunit.OrgUnit;
import org.causo.registry.Ethnicity;
import org.causo.registry.Signal;
import org.causo.shared.SearchKey;

/**
 * A demo hamlet's invented profile.
 *
 * @param unit the hamlet
 * @param communeCode its commune's code
 * @param prefix household codes start with it (unique in the commune)
 * @param mix the commune's ethnic groups and shares
 * @param mainGroup the hamlet's main group
 * @param remote far from roads and masts
 * @param phoneShare adults with a phone, in percent
 * @param noSmartphoneShare households without a smartphone, in percent
 * @param signal per operator (Viettel, VNPT, MobiFone, Vietnamobile)
 * @param lat latitude of the hamlet
 * @param lon longitude of the hamlet
 * @param count households it gets (one cell, set once while planning)
 */
record DemoHamlet(OrgUnit unit, String communeCode, String prefix, Object[] mix, Ethnicity mainGroup, boolean remote,
		int phoneShare, int noSmartphoneShare, Signal[] signal, double lat, double lon, int[] count) {

	/**
	 * The household codes' prefix: the initials of the hamlet's name, numbered when
	 * another hamlet of the commune has them.
	 */
	static String codePrefix(OrgUnit hamlet, String commune, Set<String> taken) {
		StringBuilder p = new StringBuilder();
		for (String word : SearchKey.of(hamlet.name()).split(" ")) {
			if (!word.equals("ban") && !word.isEmpty()) {
				p.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		String base = p.isEmpty() ? "H" : p.toString();
		String prefix = base;
		for (int n = 2; !taken.add(commune + "|" + prefix); n++) {
			prefix = base + n;
		}
		return prefix;
	}

}
