package org.causo.skills.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.causo.shared.db.SqlFilter;
import org.causo.skills.SkillDraft;
import org.causo.skills.SkillView;
import org.springframework.stereotype.Component;

/** SQL for the skill catalogue (the {@code skill} table). */
@Component
public class SkillStore {

	private static final String SELECT = "select id, code, name_vi, name_en, name_fr, position, retired, min_age, heads_only from skill";

	private final JdbcClient jdbc;

	SkillStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SkillView> list(boolean includeRetired) {
		return SqlFilter.all()
			.andIf(!includeRetired, "not retired")
			.query(this.jdbc, SELECT, "order by position, id")
			.query(SkillStore::map)
			.list();
	}

	public Optional<SkillView> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(SkillStore::map).optional();
	}

	public Optional<SkillView> findByCode(String code) {
		return this.jdbc.sql(SELECT + " where code = :code").param("code", code).query(SkillStore::map).optional();
	}

	public boolean codeTaken(String code) {
		return this.jdbc.sql("select exists (select 1 from skill where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	public long insert(String code, SkillDraft d) {
		return this.jdbc.sql("""
				insert into skill (code, name_vi, name_en, name_fr, min_age, heads_only, position)
				values (:code, :vi, :en, :fr, :minAge, :headsOnly, (select coalesce(max(position), 0) + 10 from skill))
				returning id
				""")
			.param("code", code)
			.param("vi", d.nameVi())
			.param("en", d.nameEn())
			.param("fr", d.nameFr())
			.param("minAge", d.minAge())
			.param("headsOnly", d.headsOnly())
			.query(Long.class)
			.single();
	}

	public void rename(long id, SkillDraft d) {
		this.jdbc.sql("""
				update skill set name_vi = :vi, name_en = :en, name_fr = :fr, min_age = :minAge, heads_only = :headsOnly
				where id = :id
				""")
			.param("id", id)
			.param("vi", d.nameVi())
			.param("en", d.nameEn())
			.param("fr", d.nameFr())
			.param("minAge", d.minAge())
			.param("headsOnly", d.headsOnly())
			.update();
	}

	public void setRetired(long id, boolean retired) {
		this.jdbc.sql("update skill set retired = :retired where id = :id")
			.param("id", id)
			.param("retired", retired)
			.update();
	}

	public void setPosition(long id, int position) {
		this.jdbc.sql("update skill set position = :position where id = :id")
			.param("id", id)
			.param("position", position)
			.update();
	}

	private static SkillView map(ResultSet rs, int row) throws SQLException {
		return new SkillView(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				rs.getString("name_fr"), rs.getInt("position"), rs.getBoolean("retired"), rs.getInt("min_age"),
				rs.getBoolean("heads_only"));
	}

}
