package org.causo.library;

import java.util.List;

import org.causo.shared.PageOf;

/**
 * Who has read the current version of the code of conduct, post by post, as the command
 * sees it.
 *
 * @param version the current version's number, or null when none is published
 * @param posts the counts of each post in the scope
 * @param unread the officers who have not read it, by post and name, one page (empty when
 * names are not shown)
 */
public record ConductReading(Integer version, List<PostCount> posts, PageOf<Unread> unread) {

	public ConductReading {
		posts = List.copyOf(posts);
	}

	/**
	 * One post's figures.
	 *
	 * @param postId the post
	 * @param postName its name
	 * @param officers the active officers at the post
	 * @param read how many of them have read the current version
	 */
	public record PostCount(long postId, String postName, int officers, int read) {

		public int unread() {
			return this.officers - this.read;
		}

	}

	/**
	 * An officer who has not read the current version.
	 *
	 * @param postName the post
	 * @param officerId the account
	 * @param name the officer's display name
	 */
	public record Unread(String postName, long officerId, String name) {

	}

}
