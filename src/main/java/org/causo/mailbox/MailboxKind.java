package org.causo.mailbox;

import java.util.List;

import org.causo.identity.Role;

/**
 * Public crime tips, or the soldiers' internal feedback. Each has its questions and
 * readers.
 */
public enum MailboxKind {

	CRIME_TIP(List.of("DRUGS", "SMUGGLING", "HUMAN_TRAFFICKING", "ILLEGAL_CROSSING", "OTHER"),
			List.of(Role.POST_COMMANDER, Role.POST_OFFICER)),
	FEEDBACK(List.of("LIVING", "TRAINING", "DISCIPLINE", "SUGGESTION", "OTHER"), List.of(Role.POST_COMMANDER));

	private final List<String> categories;

	private final List<Role> readers;

	MailboxKind(List<String> categories, List<Role> readers) {
		this.categories = categories;
		this.readers = readers;
	}

	/** The categories (crime tips) or topics (feedback) a reporter picks from. */
	public List<String> categories() {
		return this.categories;
	}

	/** The roles at the mailbox's post whose officers can read its reports. */
	public List<Role> readers() {
		return this.readers;
	}

}
