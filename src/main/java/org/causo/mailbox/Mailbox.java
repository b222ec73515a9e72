package org.causo.mailbox;

/**
 * A mailbox of a border post.
 *
 * @param id id
 * @param kind crime tips or feedback
 * @param name its name
 * @param postId the post that reads it
 * @param postName that post's name
 * @param retentionDays days a closed report is kept before its keys are destroyed
 * @param newReports reports not yet triaged
 * @param questions what its form asks
 */
public record Mailbox(long id, MailboxKind kind, String name, long postId, String postName, int retentionDays,
		long newReports, Questions questions) {

}
