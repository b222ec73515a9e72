package org.causo.orgunit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for org units. Every read takes a scope and returns nothing outside it. */
@Repository
class UnitStore {

	private static final String SELECT = """
			select u.id, u.kind, u.code, u.name, u.parent_id, p.name as parent_name, u.path, u.demo, u.archived
			from org_unit u left join org_unit p on p.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	UnitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OrgUnit> find(Scope scope, long id) {
		return this.jdbc.sql(SELECT + " where u.id = :id and u.path like any(:scope)")
			.param("id", id)
			.param("scope", scope.pathPatterns())
			.query(UnitStore::map)
			.optional();
	}

	/** Without scope: for internal look-ups such as computing an officer's scope. */
	Optional<OrgUnit> findAnywhere(long id) {
		return this.jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UnitStore::map).optional();
	}

	Optional<OrgUnit> findByCode(UnitKind kind, String code, Long parentId) {
		String sql = SELECT + " where u.kind = :kind and u.code = :code"
				+ ((kind == UnitKind.HAMLET) ? " and u.parent_id = :parent" : "");
		JdbcClient.StatementSpec spec = this.jdbc.sql(sql).param("kind", kind.name()).param("code", code);
		if (kind == UnitKind.HAMLET) {
			spec = spec.param("parent", parentId);
		}
		return spec.query(UnitStore::map).optional();
	}

	PageOf<OrgUnit> search(Scope scope, UnitQuery query, PageOf.Request page) {
		StringBuilder where = new StringBuilder(" where u.path like any(:scope)");
		Map<String, Object> params = new HashMap<>();
		params.put("scope", scope.pathPatterns());
		if (query.text() != null && !SearchKey.of(query.text()).isEmpty()) {
			where.append(" and (u.name_key like :text or lower(u.code) = :code)");
			params.put("text", SearchKey.containsPattern(query.text()));
			params.put("code", query.text().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (query.kind() != null) {
			where.append(" and u.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.parentId() != null) {
			where.append(" and u.parent_id = :parent");
			params.put("parent", query.parentId());
		}
		if (!query.includeArchived()) {
			where.append(" and not u.archived");
		}
		long total = this.jdbc.sql("select count(*) from org_unit u" + where).params(params).query(Long.class).single();
		List<OrgUnit> rows = this.jdbc
			.sql(SELECT + where + " order by u.kind, u.name_key, u.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UnitStore::map)
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	long insert(UnitKind kind, String code, String name, Long parentId, boolean demo) {
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

	void update(long id, String code, String name, Long parentId) {
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

	void setArchived(long id, boolean archived) {
		this.jdbc.sql("update org_unit set archived = :archived, updated_at = now() where id = :id")
			.param("id", id)
			.param("archived", archived)
			.update();
	}

	int countActiveChildren(long id) {
		return this.jdbc.sql("select count(*) from org_unit where parent_id = :id and not archived")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	static OrgUnit map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		return new OrgUnit(rs.getLong("id"), UnitKind.valueOf(rs.getString("kind")), rs.getString("code"),
				rs.getString("name"), rs.wasNull() ? null : parent, rs.getString("parent_name"), rs.getString("path"),
				rs.getBoolean("demo"), rs.getBoolean("archived"));
	}

}
