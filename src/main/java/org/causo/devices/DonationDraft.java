package org.causo.devices;

import java.time.LocalDate;

/**
 * What an officer types to record a donation.
 *
 * @param postId the receiving post, inside the officer's scope
 * @param donorId the donor
 * @param donatedOn the day, not in the future
 * @param deviceCount number of phones, 1–100,000
 * @param model model, optional
 * @param valueVnd value in đồng, 0 or more
 * @param note optional note
 */
public record DonationDraft(Long postId, Long donorId, LocalDate donatedOn, Integer deviceCount, String model,
		Long valueVnd, String note) {

}
