package org.causo.devices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded handover.
 *
 * @param id the event's id
 * @param deviceId the phone
 * @param deviceModel its model
 * @param deviceIdentifier its IMEI or serial
 * @param postId the post that gave it
 * @param householdId the receiving household
 * @param residentId the member who signed
 * @param hamletId the household's hamlet then
 * @param communeId its commune
 * @param handedOn the day
 * @param note note
 * @param recordedBy the officer who recorded it
 * @param recordedAt when the server stored it
 * @param hasReceipt whether a photo of the signed receipt is kept
 */
public record HandoverView(UUID id, long deviceId, String deviceModel, String deviceIdentifier, long postId,
		long householdId, long residentId, long hamletId, long communeId, LocalDate handedOn, String note,
		String recordedBy, Instant recordedAt, boolean hasReceipt) {

	/** Whether a replayed draft says the same as this stored event. */
	boolean sameAs(HandoverDraft d) {
		return d.deviceId() != null && d.deviceId() == this.deviceId && d.householdId() != null
				&& d.householdId() == this.householdId && d.residentId() != null && d.residentId() == this.residentId
				&& this.handedOn.equals(d.handedOn()) && java.util.Objects.equals(Handovers.blank(d.note()), this.note);
	}

}
