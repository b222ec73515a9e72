package org.causo.registry.residents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.causo.registry.Chunk;
import org.causo.registry.Ethnicity;
import org.causo.registry.Language;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.ResidentDraft;
import org.causo.registry.ResidentQuery;
import org.causo.registry.ResidentView;
import org.causo.registry.Sex;
import org.causo.registry.search.Enums;
import org.causo.registry.search.Keyset;
import org.causo.registry.search.Where;
import org.causo.shared.Scope;
import org.causo.shared.db.Archiving;
import org.causo.shared.db.SqlFilter;
import org.causo.shared.SearchKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for residents and their membership history. Reads take a scope. */
@Component
public class ResidentStore {

	static final String SELECT = """
			select r.id, r.household_id, h.code as household_code, h.hamlet_id, r.full_name, r.name_key, r.sex,
			       r.birth_year, r.ethnicity, r.languages, r.reads_vietnamese, r.relation, r.phone,
			       r.national_id_sealed, r.demo, r.archived
			from resident r join household h on h.id = r.household_id
			""";

	private static final Keyset KEYSET = new Keyset("resident r", "r", "r.name_key");

	private final JdbcClient jdbc;

	ResidentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ResidentRow> find(Scope scope, long id) {
		return SqlFilter.inScope(scope, "r.unit_path")
			.and("r.id = :id", "id", id)
			.query(this.jdbc, SELECT, null)
			.query(ResidentStore::map)
			.optional();
	}

	Chunk<ResidentRow> search(Scope scope, ResidentQuery query, String after, int size) {
		return KEYSET.page(this.jdbc, where(scope, query), after, size, SELECT, ResidentStore::map,
				(last) -> new Where.Cursor(last.nameKey(), last.view().id()));
	}

	public static Where where(Scope scope, ResidentQuery query) {
		return new Where(scope, "r").text(query.text(), "r.phone like :phone", "r.name_key like :text")
			.andIf(query.householdId(), "r.household_id = :household", "household")
			.andIf(query.hamletId(), "r.household_id in (select id from household where hamlet_id = :hamlet)", "hamlet")
			.andIf(query.communeId(), "r.household_id in (select id from household where commune_id = :commune)",
					"commune")
			.andIf(Enums.name(query.ethnicity()), "r.ethnicity = :ethnicity", "ethnicity")
			.andIf(!query.includeArchived(), "not r.archived")
			.more(query.more());
	}

	List<ResidentRow> members(long householdId) {
		return this.jdbc
			.sql(SELECT + " where r.household_id = :h and not r.archived order by r.birth_year nulls last, r.id")
			.param("h", householdId)
			.query(ResidentStore::map)
			.list();
	}

	public long insert(ResidentDraft d, String name, String phone, byte[] sealedId, String path) {
		return this.jdbc.sql("""
				insert into resident (household_id, unit_path, full_name, name_key, sex, birth_year, ethnicity,
				    languages, reads_vietnamese, relation, phone, national_id_sealed)
				values (:household, :path, :name, :key, :sex, :year, :eth, :langs, :reads, :relation, :phone, :nid)
				returning id
				""")
			.params(params(d, name, phone))
			.param("household", d.householdId())
			.param("path", path)
			.param("nid", sealedId)
			.query(Long.class)
			.single();
	}

	public void update(long id, ResidentDraft d, String name, String phone, byte[] sealedId) {
		this.jdbc.sql("""
				update resident set full_name = :name, name_key = :key, sex = :sex, birth_year = :year,
				    ethnicity = :eth, languages = :langs, reads_vietnamese = :reads, relation = :relation,
				    phone = :phone, national_id_sealed = coalesce(:nid, national_id_sealed), updated_at = now()
				where id = :id
				""")
			.params(params(d, name, phone))
			.param("nid", sealedId, java.sql.Types.BINARY)
			.param("id", id)
			.update();
	}

	private static java.util.Map<String, Object> params(ResidentDraft d, String name, String phone) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("name", name);
		p.put("key", SearchKey.of(name));
		p.put("sex", Enums.name(d.sex()));
		p.put("year", d.birthYear());
		p.put("eth", Enums.name(d.ethnicity()));
		p.put("langs", d.languages().stream().map(Enum::name).toArray(String[]::new));
		p.put("reads", Enums.name(d.readsVietnamese()));
		p.put("relation", Enums.name(d.relation()));
		p.put("phone", phone);
		return p;
	}

	public void setRelation(long id, Relation relation) {
		this.jdbc.sql("update resident set relation = :r, updated_at = now() where id = :id")
			.param("r", relation.name())
			.param("id", id)
			.update();
	}

	public void setArchived(long id, boolean archived) {
		Archiving.set(this.jdbc, "resident", id, archived);
	}

	public void moveTo(long id, long householdId, String path, Relation relation) {
		this.jdbc.sql("""
				update resident set household_id = :h, unit_path = :path, relation = :r, updated_at = now()
				where id = :id
				""").param("h", householdId).param("path", path).param("r", relation.name()).param("id", id).update();
	}

	static ResidentRow map(ResultSet rs, int row) throws SQLException {
		Array langs = rs.getArray("languages");
		int year = rs.getInt("birth_year");
		Integer birthYear = rs.wasNull() ? null : year;
		ResidentView view = new ResidentView(rs.getLong("id"), rs.getLong("household_id"),
				rs.getString("household_code"), rs.getLong("hamlet_id"), null, rs.getString("full_name"),
				Enums.of(Sex.class, rs.getString("sex")), birthYear,
				Enums.of(Ethnicity.class, rs.getString("ethnicity")),
				Enums.listOf(Language.class, (langs != null) ? (String[]) langs.getArray() : null),
				Enums.of(ReadsVietnamese.class, rs.getString("reads_vietnamese")),
				Enums.of(Relation.class, rs.getString("relation")), rs.getString("phone"), null, rs.getBoolean("demo"),
				rs.getBoolean("archived"));
		return new ResidentRow(view, rs.getString("name_key"), rs.getBytes("national_id_sealed"));
	}

	/**
	 * A resident as read, with what stays inside the module: the sort key and the sealed
	 * national ID.
	 *
	 * @param view the view, national ID not yet masked
	 * @param nameKey sort key
	 * @param sealedNationalId the sealed national ID or null
	 */
	record ResidentRow(ResidentView view, String nameKey, byte[] sealedNationalId) {

	}

}
