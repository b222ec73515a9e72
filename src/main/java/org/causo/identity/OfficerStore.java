package org.causo.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for officer accounts. */
@Repository
class OfficerStore {

	private static final String COLUMNS = """
			o.id, o.username, o.display_name, o.password_hash, o.role, o.scope_unit_id, o.scope_post_id,
			o.totp_secret, o.totp_enabled, o.totp_last_step, o.must_change_password, o.failed_attempts,
			o.locked_until, o.disabled, o.demo, o.email, o.digest
			""";

	/**
	 * An account is visible to an admin when its unit, or its post's province or
	 * communes, lie inside the admin's scope.
	 */
	private static final String VISIBLE = """
			(:everything
			 or exists (select 1 from org_unit u where u.id = o.scope_unit_id and u.path like any(:scope))
			 or exists (select 1 from border_post bp join org_unit prov on prov.id = bp.province_id
			            where bp.id = o.scope_post_id and prov.path like any(:scope))
			 or exists (select 1 from border_post_commune bc join org_unit c on c.id = bc.commune_id
			            where bc.post_id = o.scope_post_id and c.path like any(:scope)))
			""";

	private final JdbcClient jdbc;

	OfficerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OfficerRow> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from officer o where o.username = :u")
			.param("u", username.toLowerCase(java.util.Locale.ROOT))
			.query(OfficerStore::map)
			.optional();
	}

	Optional<OfficerRow> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from officer o where o.id = :id")
			.param("id", id)
			.query(OfficerStore::map)
			.optional();
	}

	Optional<OfficerRow> findVisible(Scope scope, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from officer o where o.id = :id and " + VISIBLE)
			.param("id", id)
			.param("everything", scope.everything())
			.param("scope", scope.pathPatterns())
			.query(OfficerStore::map)
			.optional();
	}

	PageOf<OfficerRow> search(Scope scope, String text, PageOf.Request page) {
		Map<String, Object> params = new HashMap<>();
		params.put("everything", scope.everything());
		params.put("scope", scope.pathPatterns());
		StringBuilder where = new StringBuilder(" where " + VISIBLE);
		if (text != null && !SearchKey.of(text).isEmpty()) {
			where.append(" and (lower(o.username) like :text or lower(o.display_name) like :raw)");
			params.put("text", SearchKey.containsPattern(text));
			params.put("raw", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%");
		}
		long total = this.jdbc.sql("select count(*) from officer o" + where).params(params).query(Long.class).single();
		List<OfficerRow> rows = this.jdbc
			.sql("select " + COLUMNS + " from officer o" + where + " order by o.username limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(OfficerStore::map)
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	long insert(OfficerDraft draft, String username, String displayName, String hash, boolean mustChange, boolean demo,
			String email, Instant now) {
		return this.jdbc.sql("""
				insert into officer (username, display_name, password_hash, role, scope_unit_id, scope_post_id,
				                     must_change_password, disabled, demo, email, digest, digest_since)
				values (:username, :displayName, :hash, :role, :unit, :post, :mustChange, :disabled, :demo,
				        :email, :digest, case when :digest then cast(:now as timestamptz) end)
				returning id
				""")
			.param("username", username)
			.param("displayName", displayName)
			.param("hash", hash)
			.param("role", draft.role().name())
			.param("unit", draft.scopeUnitId())
			.param("post", draft.scopePostId())
			.param("mustChange", mustChange)
			.param("disabled", draft.disabled())
			.param("demo", demo)
			.param("email", email)
			.param("digest", draft.digest())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	void update(long id, String displayName, OfficerDraft draft, String email, Instant now) {
		this.jdbc.sql("""
				update officer set display_name = :displayName, role = :role, scope_unit_id = :unit,
				       scope_post_id = :post, disabled = :disabled
				where id = :id
				""")
			.param("id", id)
			.param("displayName", displayName)
			.param("role", draft.role().name())
			.param("unit", draft.scopeUnitId())
			.param("post", draft.scopePostId())
			.param("disabled", draft.disabled())
			.update();
		setDigest(id, email, draft.digest(), now);
	}

	/**
	 * Sets the e-mail address and the digest opt-in; turning the digest on starts it from
	 * now, so that nothing older is announced.
	 */
	void setDigest(long id, String email, boolean digest, Instant now) {
		this.jdbc
			.sql("""
					update officer set email = :email, digest = :digest,
					       digest_since = case when not :digest then null when digest then digest_since else cast(:now as timestamptz) end
					where id = :id
					""")
			.param("id", id)
			.param("email", email)
			.param("digest", digest)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Active accounts that want the digest and have an address, by id. */
	List<DigestRecipient> digestRecipients() {
		return this.jdbc.sql("""
				select id, email, role, scope_post_id, digest_since from officer
				where digest and not disabled and email is not null order by id
				""")
			.query((rs, i) -> new DigestRecipient(rs.getLong("id"), rs.getString("email"),
					Role.valueOf(rs.getString("role")), nullableLong(rs, "scope_post_id"),
					rs.getTimestamp("digest_since").toInstant()))
			.list();
	}

	void setPassword(long id, String hash, boolean mustChange) {
		this.jdbc.sql("""
				update officer set password_hash = :hash, must_change_password = :mustChange,
				       password_changed_at = now(), failed_attempts = 0, locked_until = null
				where id = :id
				""").param("id", id).param("hash", hash).param("mustChange", mustChange).update();
	}

	void setTotp(long id, String secret, boolean enabled) {
		this.jdbc
			.sql("update officer set totp_secret = :secret, totp_enabled = :enabled, totp_last_step = 0 where id = :id")
			.param("id", id)
			.param("secret", secret)
			.param("enabled", enabled)
			.update();
	}

	/**
	 * Moves the last used TOTP step forward; false when the step was already used (a
	 * replay).
	 */
	boolean useTotpStep(long id, long step) {
		return this.jdbc.sql("update officer set totp_last_step = :step where id = :id and totp_last_step < :step")
			.param("id", id)
			.param("step", step)
			.update() == 1;
	}

	/**
	 * Counts a failure and locks the account once the limit is reached; returns the new
	 * count.
	 */
	int recordFailure(long id, int limit, Instant lockUntil) {
		return this.jdbc.sql("""
				update officer set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= :limit then :until else locked_until end
				where id = :id returning failed_attempts
				""")
			.param("id", id)
			.param("limit", limit)
			.param("until", Timestamp.from(lockUntil))
			.query(Integer.class)
			.single();
	}

	void clearFailures(long id) {
		this.jdbc.sql("update officer set failed_attempts = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Ends every session of the account on every node, so that a disabled account, a new
	 * role or scope, or a reset password takes effect at once.
	 */
	void endSessions(String username) {
		this.jdbc.sql("delete from spring_session where principal_name = :username")
			.param("username", username)
			.update();
	}

	List<Long> activeIdsAtPost(long postId, List<Role> roles) {
		return this.jdbc.sql("""
				select id from officer where scope_post_id = :post and not disabled and role in (:roles) order by id
				""")
			.param("post", postId)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class)
			.list();
	}

	java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, display_name from officer where id in (:ids) order by display_name")
				.param("ids", ids)
				.query((rs, i) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	long count() {
		return this.jdbc.sql("select count(*) from officer").query(Long.class).single();
	}

	long countRole(Role role) {
		return this.jdbc.sql("select count(*) from officer where role = :role and not disabled")
			.param("role", role.name())
			.query(Long.class)
			.single();
	}

	static OfficerRow map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new OfficerRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), nullableLong(rs, "scope_unit_id"),
				nullableLong(rs, "scope_post_id"), rs.getString("totp_secret"), rs.getBoolean("totp_enabled"),
				rs.getLong("totp_last_step"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				(locked != null) ? locked.toInstant() : null, rs.getBoolean("disabled"), rs.getBoolean("demo"),
				rs.getString("email"), rs.getBoolean("digest"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
