package org.causo.devices;

/**
 * A donated phone.
 *
 * @param id id
 * @param donationId the donation it came with
 * @param postId the post that holds it
 * @param model model
 * @param identifierKind IMEI or serial
 * @param identifier the IMEI or serial number, upper case
 * @param condition condition on arrival
 * @param status where it is now
 * @param statusNote why it was last moved by hand
 */
public record DeviceView(long id, long donationId, long postId, String model, IdentifierKind identifierKind,
		String identifier, DeviceCondition condition, DeviceStatus status, String statusNote) {

}
