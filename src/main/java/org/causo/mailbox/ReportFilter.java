package org.causo.mailbox;

import java.time.YearMonth;

/**
 * Inbox filters; every part optional.
 *
 * @param status triage status
 * @param category category or topic
 * @param pointId QR point
 * @param month month received
 * @param label a label the report carries
 * @param assigneeId only reports assigned to this officer
 */
public record ReportFilter(ReportStatus status, String category, Long pointId, YearMonth month, String label,
		Long assigneeId) {

}
