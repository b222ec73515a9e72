package org.causo.training;

import java.util.List;

/**
 * The skill codes a class may cover. A stand-in until the fieldwork module's skills
 * catalogue is on main: then this list should come from it.
 */
public final class SkillCodes {

	public static final List<String> DEFAULT = List.of("SMARTPHONE", "VNEID_INSTALLED", "VNEID_LEVEL2", "QR_PAYMENT",
			"ONLINE_SERVICES", "HEALTH_INSURANCE", "ZALO", "SELL_ONLINE", "SCAM_AWARENESS");

	private SkillCodes() {
	}

	static boolean known(String code) {
		return DEFAULT.contains(code);
	}

}
