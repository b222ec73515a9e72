package org.causo.mailbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A QR code that is paused, retired or unknown: the reporter gets a polite page, 410 or
 * 404.
 */
@ResponseStatus(HttpStatus.GONE)
public class MailboxClosedException extends RuntimeException {

	private final String reason;

	public MailboxClosedException(String reason) {
		super("mailbox closed: " + reason);
		this.reason = reason;
	}

	/** RETIRED, PAUSED or UNKNOWN. */
	public String reason() {
		return this.reason;
	}

}
