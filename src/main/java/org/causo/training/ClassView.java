package org.causo.training;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A class.
 *
 * @param id id
 * @param postId the post that runs it
 * @param title title
 * @param organiser who runs it with the post
 * @param organiserName its name
 * @param hamletId the venue
 * @param hamletName its name
 * @param communeId the venue's commune
 * @param startsAt date and time, local to the venue
 * @param capacity places
 * @param skills skill codes it covers
 * @param attendances residents recorded as attending
 */
public record ClassView(long id, long postId, String title, Organiser organiser, String organiserName, long hamletId,
		String hamletName, long communeId, LocalDateTime startsAt, int capacity, List<String> skills, int attendances) {

	public ClassView {
		skills = List.copyOf(skills);
	}

	public boolean full() {
		return this.attendances >= this.capacity;
	}

}
