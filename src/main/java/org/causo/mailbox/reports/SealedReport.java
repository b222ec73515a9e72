package org.causo.mailbox.reports;

import java.time.Instant;
import java.util.UUID;

import org.causo.mailbox.ReportStatus;

/**
 * A report as stored: its metadata and its content sealed under the report's data key,
 * which only a wrap in {@code keys} opens.
 *
 * @param id the report
 * @param ref the random reference the seals are bound to
 * @param mailboxId its mailbox
 * @param pointId the QR point it came through
 * @param category the category the reporter chose
 * @param status where its triage is
 * @param receivedHour when it arrived, to the hour
 * @param content the sealed answers
 */
public record SealedReport(long id, UUID ref, long mailboxId, long pointId, String category, ReportStatus status,
		Instant receivedHour, byte[] content) {

}
