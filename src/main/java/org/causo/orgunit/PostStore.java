package org.causo.orgunit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for border posts. A post is inside a scope when the officer belongs to it, or when
 * the scope covers its province or one of its communes.
 */
@Repository
class PostStore {

	private static final String VISIBLE = """
			(bp.id = any(:posts) or prov.path like any(:scope)
			 or exists (select 1 from border_post_commune bc join org_unit c on c.id = bc.commune_id
			            where bc.post_id = bp.id and c.path like any(:scope)))
			""";

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BorderPost> find(Scope scope, long id) {
		return this.jdbc.sql("""
				select bp.id from border_post bp join org_unit prov on prov.id = bp.province_id
				where bp.id = :id and""" + VISIBLE)
			.param("id", id)
			.param("posts", scope.postIds().toArray(Long[]::new))
			.param("scope", scope.pathPatterns())
			.query(Long.class)
			.optional()
			.flatMap(this::findAnywhere);
	}

	Optional<BorderPost> findAnywhere(long id) {
		return this.jdbc.sql("""
				select bp.id, bp.code, bp.name, bp.province_id, prov.name as province_name, bp.demo, bp.archived
				from border_post bp join org_unit prov on prov.id = bp.province_id where bp.id = :id
				""")
			.param("id", id)
			.query((rs, i) -> new BorderPost(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getLong("province_id"), rs.getString("province_name"), communesOf(rs.getLong("id")),
					rs.getBoolean("demo"), rs.getBoolean("archived")))
			.optional();
	}

	Optional<Long> idByCode(String code) {
		return this.jdbc.sql("select id from border_post where lower(code) = lower(:code)")
			.param("code", code)
			.query(Long.class)
			.optional();
	}

	List<OrgUnit> communesOf(long postId) {
		return this.jdbc.sql("""
				select u.id, u.kind, u.code, u.name, u.parent_id, p.name as parent_name, u.path, u.demo, u.archived
				from border_post_commune bc join org_unit u on u.id = bc.commune_id
				left join org_unit p on p.id = u.parent_id
				where bc.post_id = :post order by u.name_key
				""").param("post", postId).query(UnitStore::map).list();
	}

	PageOf<BorderPost> search(Scope scope, String text, boolean includeArchived, PageOf.Request page) {
		StringBuilder where = new StringBuilder(" where" + VISIBLE);
		Map<String, Object> params = new HashMap<>();
		params.put("posts", scope.postIds().toArray(Long[]::new));
		params.put("scope", scope.pathPatterns());
		if (text != null && !SearchKey.of(text).isEmpty()) {
			where.append(" and (bp.name_key like :text or lower(bp.code) = lower(:code))");
			params.put("text", SearchKey.containsPattern(text));
			params.put("code", text.strip());
		}
		if (!includeArchived) {
			where.append(" and not bp.archived");
		}
		String from = " from border_post bp join org_unit prov on prov.id = bp.province_id";
		long total = this.jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		List<Long> ids = this.jdbc
			.sql("select bp.id" + from + where + " order by bp.name_key, bp.id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Long.class)
			.list();
		return new PageOf<>(ids.stream().map(this::findAnywhere).flatMap(Optional::stream).toList(), page.page(),
				page.size(), total);
	}

	List<Long> visibleIds(Scope scope) {
		return this.jdbc
			.sql("select bp.id from border_post bp join org_unit prov on prov.id = bp.province_id where" + VISIBLE)
			.param("posts", scope.postIds().toArray(Long[]::new))
			.param("scope", scope.pathPatterns())
			.query(Long.class)
			.list();
	}

	long insert(String code, String name, long provinceId, boolean demo) {
		return this.jdbc.sql("""
				insert into border_post (code, name, name_key, province_id, demo)
				values (:code, :name, :key, :province, :demo) returning id
				""")
			.param("code", code)
			.param("name", name)
			.param("key", SearchKey.of(name))
			.param("province", provinceId)
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	void update(long id, String code, String name, long provinceId) {
		this.jdbc.sql("""
				update border_post set code = :code, name = :name, name_key = :key, province_id = :province,
				       updated_at = now() where id = :id
				""")
			.param("id", id)
			.param("code", code)
			.param("name", name)
			.param("key", SearchKey.of(name))
			.param("province", provinceId)
			.update();
	}

	void replaceCommunes(long postId, List<Long> communeIds) {
		this.jdbc.sql("delete from border_post_commune where post_id = :post").param("post", postId).update();
		for (Long communeId : communeIds) {
			this.jdbc.sql("insert into border_post_commune (post_id, commune_id) values (:post, :commune)")
				.param("post", postId)
				.param("commune", communeId)
				.update();
		}
	}

	void setArchived(long id, boolean archived) {
		this.jdbc.sql("update border_post set archived = :archived, updated_at = now() where id = :id")
			.param("id", id)
			.param("archived", archived)
			.update();
	}

}
