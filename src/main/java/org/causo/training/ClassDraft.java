package org.causo.training;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an officer types to plan a class.
 *
 * @param title title, 1–200 characters
 * @param organiser who runs it with the post
 * @param organiserName its name (the telecom company, the school), optional
 * @param hamletId the venue, a hamlet inside the officer's scope
 * @param startsAt date and time, local to the venue
 * @param capacity places, 1–500
 * @param skills skill codes the class covers
 */
public record ClassDraft(String title, Organiser organiser, String organiserName, Long hamletId, LocalDateTime startsAt,
		Integer capacity, List<String> skills) {

	public ClassDraft {
		skills = (skills != null) ? skills.stream().distinct().toList() : List.of();
	}

}
