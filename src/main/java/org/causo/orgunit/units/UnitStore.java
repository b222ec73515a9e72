package org.causo.orgunit.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.UnitKind;
import org.causo.orgunit.UnitQuery;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;
import org.causo.shared.db.Archiving;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for org units. Every read takes a scope and returns nothing outside it. */
@Component
public class UnitStore {

	/** The columns of {@link #map}, over {@code u} and its parent {@code p}. */
	public static final String COLUMNS = """
			u.id, u.kind, u.code, u.name, u.parent_id, p.name as parent_name, u.path, u.demo, u.archived
			""";

	private static final String FROM = "org_unit u left join org_unit p on p.id = u.parent_id";

	private final JdbcClient jdbc;

	UnitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrgUnit> find(Scope scope, long id) {
		return find(SqlFilter.inScope(scope, "u.path").and("u.id = :id", "id", id));
	}

	/** Without scope: for internal look-ups such as computing an officer's scope. */
	public Optional<OrgUnit> findAnywhere(long id) {
		return find(SqlFilter.all().and("u.id = :id", "id", id));
	}

	/** By code; a hamlet's code is unique under its commune only. */
	public Optional<OrgUnit> findByCode(UnitKind kind, String code, Long parentId) {
		return find(SqlFilter.all()
			.and("u.kind = :kind", "kind", kind.name())
			.and("u.code = :code", "code", code)
			.andIf(kind == UnitKind.HAMLET, "u.parent_id = :parent")
			.param("parent", parentId));
	}

	public PageOf<OrgUnit> search(Scope scope, UnitQuery query, PageOf.Request page) {
		SqlFilter filter = SqlFilter.inScope(scope, "u.path");
		if (query.text() != null && !SearchKey.of(query.text()).isEmpty()) {
			filter
				.and("u.name_key like :text or lower(u.code) = :code", "text", SearchKey.containsPattern(query.text()))
				.param("code", query.text().strip().toLowerCase(Locale.ROOT));
		}
		filter.andIf((query.kind() != null) ? query.kind().name() : null, "u.kind = :kind", "kind")
			.andIf(query.parentId(), "u.parent_id = :parent", "parent")
			.andIf(!query.includeArchived(), "not u.archived");
		return filter.page(this.jdbc, COLUMNS, FROM, "u.kind, u.name_key, u.id", page, UnitStore::map);
	}

	public long insert(UnitKind kind, String code, String name, Long parentId, boolean demo) {
		return this.jdbc.sql("""
				insert into org_unit (kind, code, name, name_key, parent_id, demo)
				values (:kind, :code, :name, :key, :parent, :demo) returning id
				""")
			.param("kind", kind.name())
			.param("code", code)
			.param("name", name)
			.param("key", SearchKey.of(name))
			.param("parent", parentId)
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	public void update(long id, String code, String name, Long parentId) {
		this.jdbc.sql("""
				update org_unit set code = :code, name = :name, name_key = :key, parent_id = :parent,
				       updated_at = now()
				where id = :id
				""")
			.param("id", id)
			.param("code", code)
			.param("name", name)
			.param("key", SearchKey.of(name))
			.param("parent", parentId)
			.update();
	}

	public void setArchived(long id, boolean archived) {
		Archiving.set(this.jdbc, "org_unit", id, archived);
	}

	public int countActiveChildren(long id) {
		return this.jdbc.sql("select count(*) from org_unit where parent_id = :id and not archived")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private Optional<OrgUnit> find(SqlFilter filter) {
		return filter.query(this.jdbc, "select " + COLUMNS + " from " + FROM, null).query(UnitStore::map).optional();
	}

	public static OrgUnit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		return new OrgUnit(rs.getLong("id"), UnitKind.valueOf(rs.getString("kind")), rs.getString("code"),
				rs.getString("name"), rs.wasNull() ? null : parent, rs.getString("parent_name"), rs.getString("path"),
				rs.getBoolean("demo"), rs.getBoolean("archived"));
	}

}
