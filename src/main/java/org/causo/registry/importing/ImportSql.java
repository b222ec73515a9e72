package org.causo.registry.importing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The staging table of an import and the set-based SQL that saves it. */
final class ImportSql {

	static final String STAGE = """
			create temp table if not exists registry_stage (
			    line bigint, code text, code_key text, hamlet_id bigint, commune_id bigint, unit_path text,
			    address text, latitude numeric, longitude numeric, h_ethnicity text, h_language text, poor boolean,
			    near_poor boolean, policy boolean, full_name text, name_key text, sex text, birth_year smallint,
			    ethnicity text, languages text[], reads text, relation text, phone text, nid bytea, since date
			) on commit drop
			""";

	/** Lines whose household code is already taken in its commune. */
	static final String CLASHES = """
			select min(s.line), s.code from registry_stage s
			join household h on h.commune_id = s.commune_id and h.code_key = s.code_key
			group by s.commune_id, s.code order by 1 limit 1000
			""";

	private ImportSql() {
	}

	/**
	 * Saves the staged lines: ids are drawn first, so each household goes in once, with
	 * its head and search key, before its residents (the head's foreign key is checked at
	 * commit).
	 */
	static void insert(JdbcClient jdbc, String by, boolean demo) {
		jdbc.sql("""
				create temp table registry_stage_h on commit drop as
				select distinct on (commune_id, code_key) *, nextval(pg_get_serial_sequence('household', 'id')) as hid
				from registry_stage order by commune_id, code_key, line
				""").update();
		jdbc.sql("analyze registry_stage_h").update();
		jdbc.sql("""
				create temp table registry_stage_r on commit drop as
				select s.*, h.hid, nextval(pg_get_serial_sequence('resident', 'id')) as rid
				from registry_stage s join registry_stage_h h on h.commune_id = s.commune_id and h.code_key = s.code_key
				where s.full_name is not null
				order by s.line
				""").update();
		jdbc.sql("analyze registry_stage_r").update();
		jdbc.sql("set constraints household_head_fk deferred").update();
		jdbc.sql("""
				insert into household (id, code, code_key, hamlet_id, commune_id, unit_path, address, latitude,
				    longitude, ethnicity, main_language, poor, near_poor, policy, head_resident_id, search_key, demo)
				overriding system value
				select h.hid, h.code, h.code_key, h.hamlet_id, h.commune_id, h.unit_path, h.address, h.latitude,
				    h.longitude, h.h_ethnicity, h.h_language, h.poor, h.near_poor, h.policy, r.rid,
				    h.code_key || coalesce(' ' || r.name_key || coalesce(' ' || r.phone, ''), ''), :demo
				from registry_stage_h h left join registry_stage_r r on r.hid = h.hid and r.relation = 'HEAD'
				""").param("demo", demo).update();
		jdbc.sql("""
				insert into resident (id, household_id, unit_path, full_name, name_key, sex, birth_year, ethnicity,
				    languages, reads_vietnamese, relation, phone, national_id_sealed, demo)
				overriding system value
				select rid, hid, unit_path, full_name, name_key, sex, birth_year, ethnicity, languages, reads,
				    relation, phone, nid, :demo
				from registry_stage_r
				""").param("demo", demo).update();
		jdbc.sql("""
				insert into resident_membership (resident_id, household_id, relation, from_date, recorded_by)
				select rid, hid, relation, coalesce(since, current_date), :by from registry_stage_r
				""").param("by", by).update();
		jdbc.sql("set constraints household_head_fk immediate").update();
	}

}
