package org.causo.devices;

/**
 * What an officer types to register one phone of a donation.
 *
 * @param donationId the donation
 * @param model model; the donation's model when blank
 * @param identifierKind IMEI (15 digits, Luhn check digit) or serial (4–40 letters,
 * digits, dashes)
 * @param identifier the number
 * @param condition condition on arrival
 */
public record DeviceDraft(Long donationId, String model, IdentifierKind identifierKind, String identifier,
		DeviceCondition condition) {

}
