package org.causo.identity;

import java.util.Arrays;

/**
 * What an officer may do. Each role also has a scope: a province, a commune or a post.
 */
public enum Role {

	/** Runs the command's set-up: units, posts, accounts, content, the audit log. */
	PROVINCE_ADMIN(true, false),
	/** Commands a border post: its mailboxes, teams and officers. */
	POST_COMMANDER(true, true),
	/** Works at a post: triages reports, runs classes and teams. */
	POST_OFFICER(true, true),
	/** Goes to the hamlets: visits, skills, surveys. */
	SUPPORT_MEMBER(false, true),
	/** Reads figures, read-only. */
	ANALYST(false, false);

	private final boolean requiresTotp;

	private final boolean postScoped;

	Role(boolean requiresTotp, boolean postScoped) {
		this.requiresTotp = requiresTotp;
		this.postScoped = postScoped;
	}

	/** Roles that will read anonymous reports must use a second factor. */
	public boolean requiresTotp() {
		return this.requiresTotp;
	}

	/**
	 * Whether the role belongs to one border post (otherwise to a province or a commune).
	 */
	public boolean postScoped() {
		return this.postScoped;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public static String[] names() {
		return Arrays.stream(values()).map(Role::name).toArray(String[]::new);
	}

}
