package org.causo.registry.households;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causo.registry.Chunk;
import org.causo.registry.Ethnicity;
import org.causo.registry.HouseholdDraft;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.HouseholdView;
import org.causo.registry.Language;
import org.causo.registry.search.Enums;
import org.causo.registry.search.Keyset;
import org.causo.registry.search.Where;
import org.causo.shared.Scope;
import org.causo.shared.db.Archiving;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for households. Every read takes a scope and returns nothing outside it. */
@Component
public class HouseholdStore {

	static final String SELECT = """
			select h.id, h.code, h.code_key, h.hamlet_id, h.commune_id, h.address, h.latitude, h.longitude,
			       h.head_resident_id, r.full_name as head_name, h.ethnicity, h.main_language, h.poor, h.near_poor,
			       h.policy, h.demo, h.archived,
			       (select count(*) from resident m where m.household_id = h.id and not m.archived) as members
			from household h left join resident r on r.id = h.head_resident_id
			""";

	private static final Keyset KEYSET = new Keyset("household h", "h", "h.code_key");

	private final JdbcClient jdbc;

	HouseholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<HouseholdView> find(Scope scope, long id) {
		return SqlFilter.inScope(scope, "h.unit_path")
			.and("h.id = :id", "id", id)
			.query(this.jdbc, SELECT, null)
			.query(HouseholdStore::map)
			.optional();
	}

	public Chunk<HouseholdView> search(Scope scope, HouseholdQuery query, String after, int size) {
		return KEYSET.page(this.jdbc, where(scope, query), after, size, SELECT, HouseholdStore::map,
				(last) -> new Where.Cursor(last.code().toLowerCase(Locale.ROOT), last.id()));
	}

	public static Where where(Scope scope, HouseholdQuery query) {
		return new Where(scope, "h").text(query.text(), "h.search_key like :phone", "h.search_key like :text")
			.andIf(query.communeId(), "h.commune_id = :commune", "commune")
			.andIf(query.hamletId(), "h.hamlet_id = :hamlet", "hamlet")
			.andIf(Enums.name(query.ethnicity()), "h.ethnicity = :ethnicity", "ethnicity")
			.andIf(query.poor(), "h.poor = :poor", "poor")
			.andIf(query.nearPoor(), "h.near_poor = :nearPoor", "nearPoor")
			.andIf(query.policy(), "h.policy = :policy", "policy")
			.andIf(!query.includeArchived(), "not h.archived")
			.more(query.more());
	}

	public boolean codeTaken(long communeId, String code, Long exceptId) {
		return this.jdbc
			.sql("select exists (select 1 from household where commune_id = :c and code_key = :k and id <> :id)")
			.param("c", communeId)
			.param("k", code.toLowerCase(Locale.ROOT))
			.param("id", (exceptId != null) ? exceptId : -1L)
			.query(Boolean.class)
			.single();
	}

	public long insert(HouseholdDraft d, String code, long communeId, String path) {
		long id = this.jdbc.sql("""
				insert into household (code, code_key, hamlet_id, commune_id, unit_path, address, latitude, longitude,
				    ethnicity, main_language, poor, near_poor, policy)
				values (:code, :key, :hamlet, :commune, :path, :address, :lat, :lon, :eth, :lang, :poor, :near, :policy)
				returning id
				""").params(params(d, code, communeId, path)).query(Long.class).single();
		refreshSearchKey(id);
		return id;
	}

	public void update(long id, HouseholdDraft d, String code, long communeId, String path) {
		this.jdbc.sql("""
				update household set code = :code, code_key = :key, hamlet_id = :hamlet, commune_id = :commune,
				    unit_path = :path, address = :address, latitude = :lat, longitude = :lon, ethnicity = :eth,
				    main_language = :lang, poor = :poor, near_poor = :near, policy = :policy, updated_at = now()
				where id = :id
				""").params(params(d, code, communeId, path)).param("id", id).update();
		this.jdbc.sql("update resident set unit_path = :path where household_id = :id")
			.param("path", path)
			.param("id", id)
			.update();
		refreshSearchKey(id);
	}

	private static java.util.Map<String, Object> params(HouseholdDraft d, String code, long communeId, String path) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("code", code);
		p.put("key", code.toLowerCase(Locale.ROOT));
		p.put("hamlet", d.hamletId());
		p.put("commune", communeId);
		p.put("path", path);
		p.put("address", d.address());
		p.put("lat", d.latitude());
		p.put("lon", d.longitude());
		p.put("eth", (d.ethnicity() != null) ? d.ethnicity().name() : null);
		p.put("lang", (d.mainLanguage() != null) ? d.mainLanguage().name() : null);
		p.put("poor", d.poor());
		p.put("near", d.nearPoor());
		p.put("policy", d.policy());
		return p;
	}

	public void setHead(long id, Long residentId) {
		this.jdbc.sql("update household set head_resident_id = :r, updated_at = now() where id = :id")
			.param("id", id)
			.param("r", residentId)
			.update();
		refreshSearchKey(id);
	}

	public void setArchived(long id, boolean archived) {
		Archiving.set(this.jdbc, "household", id, archived);
	}

	/** The folded code, head's name and phone that household search compares. */
	public void refreshSearchKey(long id) {
		this.jdbc.sql("""
				update household h set search_key = h.code_key || coalesce((select ' ' || r.name_key
				    || coalesce(' ' || r.phone, '') from resident r where r.id = h.head_resident_id), '')
				where h.id = :id
				""").param("id", id).update();
	}

	/** A hamlet moved to another commune: its households follow. */
	public int hamletMoved(long hamletId, long communeId, String path) {
		this.jdbc
			.sql("update resident set unit_path = :path where household_id in "
					+ "(select id from household where hamlet_id = :hamlet)")
			.param("path", path)
			.param("hamlet", hamletId)
			.update();
		return this.jdbc
			.sql("update household set commune_id = :commune, unit_path = :path, updated_at = now() "
					+ "where hamlet_id = :hamlet")
			.param("commune", communeId)
			.param("path", path)
			.param("hamlet", hamletId)
			.update();
	}

	/** Codes that would clash if the hamlet's households joined this commune. */
	public List<String> clashes(long hamletId, long communeId) {
		return this.jdbc.sql("""
				select h.code from household h where h.hamlet_id = :hamlet and exists (select 1 from household o
				    where o.commune_id = :commune and o.code_key = h.code_key and o.hamlet_id <> :hamlet)
				""").param("hamlet", hamletId).param("commune", communeId).query(String.class).list();
	}

	public static HouseholdView map(ResultSet rs, int row) throws SQLException {
		long head = rs.getLong("head_resident_id");
		Long headId = rs.wasNull() ? null : head;
		return new HouseholdView(rs.getLong("id"), rs.getString("code"), rs.getLong("hamlet_id"), null,
				rs.getLong("commune_id"), null, rs.getString("address"), rs.getObject("latitude", BigDecimal.class),
				rs.getObject("longitude", BigDecimal.class), headId, rs.getString("head_name"),
				Enums.of(Ethnicity.class, rs.getString("ethnicity")),
				Enums.of(Language.class, rs.getString("main_language")), rs.getBoolean("poor"),
				rs.getBoolean("near_poor"), rs.getBoolean("policy"), rs.getInt("members"), rs.getBoolean("demo"),
				rs.getBoolean("archived"));
	}

}
