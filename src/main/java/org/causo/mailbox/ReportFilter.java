package org.causo.mailbox;

import java.time.YearMonth;

/**
 * Inbox filters; every part optional.
 *
 * @param status triage status
 * @param category category or topic
 * @param pointId QR point
 * @param month month received
 */
public record ReportFilter(ReportStatus status, String category, Long pointId, YearMonth month) {

}
