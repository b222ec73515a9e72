package org.causo.mailbox;

/**
 * What an officer types to open a case from a report.
 *
 * @param title a short title
 * @param kind {@code MAJOR} or {@code OTHER}
 */
public record CaseDraft(String title, String kind) {

}
