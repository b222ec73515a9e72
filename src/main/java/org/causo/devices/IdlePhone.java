package org.causo.devices;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A phone handed over that is not counted "in use": its last follow-up found it unused,
 * or nobody has followed it up yet. To visit again.
 *
 * @param handoverId the handover
 * @param deviceModel the phone's model
 * @param deviceIdentifier its IMEI or serial
 * @param householdId the household that holds it
 * @param householdCode its code
 * @param headName its head's name, or null
 * @param hamletName its hamlet
 * @param communeName its commune
 * @param handedOn the day it was handed over
 * @param lastFollowUp the day of the last follow-up, null when none
 * @param state NOT_USED (the last follow-up found it unused) or NO_FOLLOW_UP
 */
public record IdlePhone(UUID handoverId, String deviceModel, String deviceIdentifier, long householdId,
		String householdCode, String headName, String hamletName, String communeName, LocalDate handedOn,
		LocalDate lastFollowUp, String state) {

}
