package org.causo.fieldwork;

import java.time.LocalDate;

/**
 * A member of a support team: an officer account of the post, or a volunteer without a
 * login recorded by name.
 *
 * @param id id of the membership
 * @param teamId the team
 * @param officerId the officer account, null for a volunteer
 * @param name the officer's display name or the volunteer's name
 * @param affiliation a volunteer's organisation (youth union, school…), null for officers
 * @param joinedOn when the member joined
 * @param leftOn when the member left, null while in the team
 */
public record MemberView(long id, long teamId, Long officerId, String name, String affiliation, LocalDate joinedOn,
		LocalDate leftOn) {

	public boolean volunteer() {
		return this.officerId == null;
	}

}
