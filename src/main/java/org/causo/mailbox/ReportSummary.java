package org.causo.mailbox;

import java.time.Instant;

/**
 * A report as the inbox lists it: metadata only, never content.
 *
 * @param id id
 * @param receivedHour when it arrived, to the hour
 * @param category category or topic
 * @param status triage status
 * @param pointName the QR point it came through
 * @param unread whether the officer has not opened it yet
 * @param messages messages in its thread
 */
public record ReportSummary(long id, Instant receivedHour, String category, ReportStatus status, String pointName,
		boolean unread, long messages) {

}
