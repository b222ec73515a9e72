package org.causo.identity;

import java.time.Instant;

/**
 * An active officer who asked for the mailbox digest and has an e-mail address.
 *
 * @param officerId the officer
 * @param email where the digest goes
 * @param role the officer's role
 * @param postId the officer's post, or null when the account is not scoped to one
 * @param since when the digest was turned on: nothing older is announced
 */
public record DigestRecipient(long officerId, String email, Role role, Long postId, Instant since) {

}
