package org.causo.identity;

import java.time.Instant;

/**
 * A personal API token as its owner sees it; the token itself is shown once, at creation.
 *
 * @param id id
 * @param name what the owner called it
 * @param createdAt when it was made
 * @param lastUsedAt when it was last used, to the minute
 * @param revokedAt when it was revoked, if it was
 * @param expiresAt when it stops working by itself
 * @param expired whether that time has passed
 */
public record ApiTokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
		Instant expiresAt, boolean expired) {

}
