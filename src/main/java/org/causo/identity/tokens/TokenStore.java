package org.causo.identity.tokens;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.causo.identity.ApiTokenView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for personal API tokens, kept as SHA-256 hashes. A token expires after a lifetime
 * ({@code causo.api-tokens.lifetime}, 90 days by default).
 */
@Component
public class TokenStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration lifetime;

	TokenStore(JdbcClient jdbc, Clock clock, @Value("${causo.api-tokens.lifetime:90d}") Duration lifetime) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	public long insert(long officerId, String name, String hash) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				insert into api_token (officer_id, name, token_hash, created_at, expires_at)
				values (:officer, :name, :hash, :created, :expires) returning id
				""")
			.param("officer", officerId)
			.param("name", name)
			.param("hash", hash)
			// both from the application's clock, so the lifetime is exact whatever the
			// database's clock says
			.param("created", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(this.lifetime)))
			.query(Long.class)
			.single();
	}

	/**
	 * The officer of an active, unexpired token, marking the token used (to the minute,
	 * to spare writes). An unknown token costs one read and no write.
	 */
	public Optional<Long> officerOf(String hash) {
		record Active(long id, long officerId) {
		}
		Optional<Active> token = this.jdbc.sql("""
				select id, officer_id from api_token
				where token_hash = :hash and revoked_at is null and expires_at > :now
				""")
			.param("hash", hash)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, i) -> new Active(rs.getLong(1), rs.getLong(2)))
			.optional();
		token.ifPresent((t) -> this.jdbc.sql("""
				update api_token set last_used_at = date_trunc('minute', now())
				where id = :id and (last_used_at is null or last_used_at < date_trunc('minute', now()))
				""").param("id", t.id()).update());
		return token.map(Active::officerId);
	}

	public List<ApiTokenView> list(long officerId) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at, expires_at from api_token
				where officer_id = :officer order by created_at desc, id desc
				""")
			.param("officer", officerId)
			.query((rs, i) -> new ApiTokenView(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at")), rs.getTimestamp("expires_at").toInstant(),
					!rs.getTimestamp("expires_at").toInstant().isAfter(now)))
			.list();
	}

	public boolean revoke(long officerId, long tokenId) {
		return this.jdbc.sql("""
				update api_token set revoked_at = now() where id = :id and officer_id = :officer and revoked_at is null
				""").param("id", tokenId).param("officer", officerId).update() == 1;
	}

	/**
	 * Revokes every token of the account (a reset or a disabled account); returns how
	 * many.
	 */
	public int revokeAll(long officerId) {
		return this.jdbc
			.sql("update api_token set revoked_at = now() where officer_id = :officer and revoked_at is null")
			.param("officer", officerId)
			.update();
	}

	private static Instant instant(Timestamp ts) {
		return (ts != null) ? ts.toInstant() : null;
	}

}
