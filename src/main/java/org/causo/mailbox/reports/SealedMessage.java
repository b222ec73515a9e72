package org.causo.mailbox.reports;

import java.time.Instant;

/**
 * A message of a report's thread as stored, sealed under the report's data key.
 *
 * @param id the message
 * @param author REPORTER or OFFICER
 * @param hour when it was sent, to the hour
 * @param body the sealed text
 */
public record SealedMessage(long id, String author, Instant hour, byte[] body) {

}
