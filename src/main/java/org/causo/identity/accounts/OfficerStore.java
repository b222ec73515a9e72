package org.causo.identity.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.causo.identity.OfficerDraft;
import org.causo.identity.Role;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for officer accounts: who they are, their role and scope. The password, second
 * factor and lockout are written by {@link CredentialStore}; the digest settings by
 * {@code identity.digest}.
 */
@Component
public class OfficerStore {

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
			:everything
			 or exists (select 1 from org_unit u where u.id = o.scope_unit_id and u.path like any(:scope))
			 or exists (select 1 from border_post bp join org_unit prov on prov.id = bp.province_id
			            where bp.id = o.scope_post_id and prov.path like any(:scope))
			 or exists (select 1 from border_post_commune bc join org_unit c on c.id = bc.commune_id
			            where bc.post_id = o.scope_post_id and c.path like any(:scope))
			""";

	private final JdbcClient jdbc;

	OfficerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OfficerRow> findByUsername(String username) {
		return find(SqlFilter.all().and("o.username = :u", "u", username.toLowerCase(Locale.ROOT)));
	}

	public Optional<OfficerRow> findById(long id) {
		return find(SqlFilter.all().and("o.id = :id", "id", id));
	}

	/** The account, or a 404. */
	public OfficerRow get(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("officer"));
	}

	public Optional<OfficerRow> findVisible(Scope scope, long id) {
		return find(visibleTo(scope).and("o.id = :id", "id", id));
	}

	public PageOf<OfficerRow> search(Scope scope, String text, PageOf.Request page) {
		SqlFilter filter = visibleTo(scope);
		if (text != null && !SearchKey.of(text).isEmpty()) {
			filter
				.and("lower(o.username) like :text or lower(o.display_name) like :raw", "text",
						SearchKey.containsPattern(text))
				.param("raw", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
		}
		return filter.page(this.jdbc, COLUMNS, "officer o", "o.username", page, OfficerStore::map);
	}

	public long insert(OfficerDraft draft, String username, String displayName, String hash, boolean mustChange,
			boolean demo, String email, Instant now) {
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

	/** The name, role, scope and state; the digest settings are set apart. */
	public void update(long id, String displayName, OfficerDraft draft) {
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
	}

	public List<Long> activeIdsAtPost(long postId, List<Role> roles) {
		return this.jdbc.sql("""
				select id from officer where scope_post_id = :post and not disabled and role in (:roles) order by id
				""")
			.param("post", postId)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class)
			.list();
	}

	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, display_name from officer where id in (:ids) order by display_name")
				.param("ids", ids)
				.query((rs, i) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	public long count() {
		return this.jdbc.sql("select count(*) from officer").query(Long.class).single();
	}

	public long countRole(Role role) {
		return this.jdbc.sql("select count(*) from officer where role = :role and not disabled")
			.param("role", role.name())
			.query(Long.class)
			.single();
	}

	private Optional<OfficerRow> find(SqlFilter filter) {
		return filter.query(this.jdbc, "select " + COLUMNS + " from officer o", null)
			.query(OfficerStore::map)
			.optional();
	}

	private static SqlFilter visibleTo(Scope scope) {
		return SqlFilter.all()
			.and(VISIBLE)
			.param("everything", scope.everything())
			.param("scope", scope.pathPatterns());
	}

	private static OfficerRow map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new OfficerRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
				rs.getObject("scope_unit_id", Long.class), rs.getObject("scope_post_id", Long.class),
				rs.getString("totp_secret"), rs.getBoolean("totp_enabled"), rs.getLong("totp_last_step"),
				rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
				(locked != null) ? locked.toInstant() : null, rs.getBoolean("disabled"), rs.getBoolean("demo"),
				rs.getString("email"), rs.getBoolean("digest"));
	}

}
