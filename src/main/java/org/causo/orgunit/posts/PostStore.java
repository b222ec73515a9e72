package org.causo.orgunit.posts;

import java.util.List;
import java.util.Optional;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.units.UnitStore;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;
import org.causo.shared.db.Archiving;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for border posts. A post is inside a scope when the officer belongs to it, or when
 * the scope covers its province or one of its communes.
 */
@Component
public class PostStore {

	private static final String VISIBLE = """
			bp.id = any(:posts) or prov.path like any(:scope)
			 or exists (select 1 from border_post_commune bc join org_unit c on c.id = bc.commune_id
			            where bc.post_id = bp.id and c.path like any(:scope))
			""";

	private static final String FROM = "border_post bp join org_unit prov on prov.id = bp.province_id";

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BorderPost> find(Scope scope, long id) {
		return visibleTo(scope).and("bp.id = :id", "id", id)
			.query(this.jdbc, "select bp.id from " + FROM, null)
			.query(Long.class)
			.optional()
			.flatMap(this::findAnywhere);
	}

	public Optional<BorderPost> findAnywhere(long id) {
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

	public Optional<Long> idByCode(String code) {
		return this.jdbc.sql("select id from border_post where lower(code) = lower(:code)")
			.param("code", code)
			.query(Long.class)
			.optional();
	}

	public List<OrgUnit> communesOf(long postId) {
		return this.jdbc.sql("select " + UnitStore.COLUMNS + """
				from border_post_commune bc join org_unit u on u.id = bc.commune_id
				left join org_unit p on p.id = u.parent_id
				where bc.post_id = :post order by u.name_key
				""").param("post", postId).query(UnitStore::map).list();
	}

	public PageOf<BorderPost> search(Scope scope, String text, boolean includeArchived, PageOf.Request page) {
		SqlFilter filter = visibleTo(scope);
		if (text != null && !SearchKey.of(text).isEmpty()) {
			filter
				.and("bp.name_key like :text or lower(bp.code) = lower(:code)", "text", SearchKey.containsPattern(text))
				.param("code", text.strip());
		}
		filter.andIf(!includeArchived, "not bp.archived");
		PageOf<Long> ids = filter.page(this.jdbc, "bp.id", FROM, "bp.name_key, bp.id", page, (rs, i) -> rs.getLong(1));
		return new PageOf<>(ids.items().stream().map(this::findAnywhere).flatMap(Optional::stream).toList(), ids.page(),
				ids.size(), ids.total());
	}

	public List<Long> visibleIds(Scope scope) {
		return visibleTo(scope).query(this.jdbc, "select bp.id from " + FROM, null).query(Long.class).list();
	}

	public long insert(String code, String name, long provinceId, boolean demo) {
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

	public void update(long id, String code, String name, long provinceId) {
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

	public void replaceCommunes(long postId, List<Long> communeIds) {
		this.jdbc.sql("delete from border_post_commune where post_id = :post").param("post", postId).update();
		for (Long communeId : communeIds) {
			this.jdbc.sql("insert into border_post_commune (post_id, commune_id) values (:post, :commune)")
				.param("post", postId)
				.param("commune", communeId)
				.update();
		}
	}

	public void setArchived(long id, boolean archived) {
		Archiving.set(this.jdbc, "border_post", id, archived);
	}

	private static SqlFilter visibleTo(Scope scope) {
		return SqlFilter.all()
			.and(VISIBLE)
			.param("posts", scope.postIds().toArray(Long[]::new))
			.param("scope", scope.pathPatterns());
	}

}
