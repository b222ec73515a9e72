package org.causo.registry;

/**
 * One question of the household survey. A survey may ask only some of them (a visit's
 * quick survey asks the phone counts); a question not asked keeps its last known answer.
 */
public enum SurveyQuestion {

	SMARTPHONES, FEATURE_PHONES, SMARTPHONE_OWNERS, FEATURE_PHONE_OWNERS, VIETTEL, VNPT, MOBIFONE, VIETNAMOBILE,
	ELECTRICITY, INTERNET, CAN_AFFORD_PHONE, MAIN_OBSTACLE;

	/** The signal question of an operator. */
	static SurveyQuestion of(Operator operator) {
		return valueOf(operator.name());
	}

}
