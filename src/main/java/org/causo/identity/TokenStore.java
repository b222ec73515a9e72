package org.causo.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for personal API tokens, kept as SHA-256 hashes. */
@Repository
class TokenStore {

	private final JdbcClient jdbc;

	TokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long officerId, String name, String hash) {
		return this.jdbc.sql("""
				insert into api_token (officer_id, name, token_hash) values (:officer, :name, :hash) returning id
				""").param("officer", officerId).param("name", name).param("hash", hash).query(Long.class).single();
	}

	/**
	 * The officer of an active token, marking the token used (to the minute, to spare
	 * writes).
	 */
	Optional<Long> officerOf(String hash) {
		return this.jdbc.sql("""
				update api_token set last_used_at = date_trunc('minute', now())
				where token_hash = :hash and revoked_at is null
				returning officer_id
				""").param("hash", hash).query(Long.class).optional();
	}

	List<ApiTokenView> list(long officerId) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at, revoked_at from api_token
				where officer_id = :officer order by created_at desc, id desc
				""")
			.param("officer", officerId)
			.query((rs, i) -> new ApiTokenView(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	boolean revoke(long officerId, long tokenId) {
		return this.jdbc.sql("""
				update api_token set revoked_at = now() where id = :id and officer_id = :officer and revoked_at is null
				""").param("id", tokenId).param("officer", officerId).update() == 1;
	}

	private static Instant instant(java.sql.Timestamp ts) {
		return (ts != null) ? ts.toInstant() : null;
	}

}
