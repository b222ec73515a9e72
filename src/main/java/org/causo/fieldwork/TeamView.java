package org.causo.fieldwork;

import java.util.List;

/**
 * A support team of a border post.
 *
 * @param id id
 * @param postId the post
 * @param postName its name
 * @param name the team's name
 * @param members current members (those who left are kept in the history, not here)
 */
public record TeamView(long id, long postId, String postName, String name, List<MemberView> members) {

	public TeamView {
		members = List.copyOf(members);
	}

}
