package org.causo.mailbox;

import java.util.List;

/**
 * What the public form needs.
 *
 * @param code the QR code
 * @param kind crime tips or feedback
 * @param questions what the form asks
 * @param token the signed one-time form token
 */
public record PublicForm(String code, MailboxKind kind, Questions questions, String token) {

	/** The categories (or topics) offered. */
	public List<String> categories() {
		return this.questions.categories();
	}

	/** The same form with another token (the one a failed submission carried). */
	public PublicForm withToken(String other) {
		return new PublicForm(this.code, this.kind, this.questions, other);
	}

}
