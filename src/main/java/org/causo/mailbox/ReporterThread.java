package org.causo.mailbox;

import java.time.Instant;
import java.util.List;

/**
 * What a receipt shows the reporter.
 *
 * @param kind crime tips or feedback
 * @param category the category chosen
 * @param status triage status
 * @param receivedHour when it arrived, to the hour
 * @param messages the thread with the officers
 */
public record ReporterThread(MailboxKind kind, String category, ReportStatus status, Instant receivedHour,
		List<Message> messages) {

	public ReporterThread {
		messages = List.copyOf(messages);
	}

	/**
	 * One message.
	 *
	 * @param author OFFICER or REPORTER
	 * @param hour when, to the hour
	 * @param text the text
	 */
	public record Message(String author, Instant hour, String text) {

	}

}
