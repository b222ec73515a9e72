package org.causo.devices;

import java.time.LocalDate;

/**
 * A donation received by a border post.
 *
 * @param id id
 * @param postId the post that received it
 * @param postName its name
 * @param donorId the donor
 * @param donorName its name
 * @param donatedOn the day
 * @param deviceCount phones donated
 * @param model model, when all are the same
 * @param valueVnd value in đồng
 * @param note a note
 * @param registered phones of it registered one by one so far
 */
public record DonationView(long id, long postId, String postName, long donorId, String donorName, LocalDate donatedOn,
		int deviceCount, String model, long valueVnd, String note, int registered) {

}
