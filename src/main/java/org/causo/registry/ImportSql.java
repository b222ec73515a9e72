package org.causo.registry;

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

	static void insert(JdbcClient jdbc, String by, boolean demo) {
		jdbc.sql("""
				create temp table registry_stage_h on commit drop as
				select distinct on (commune_id, code_key) *, nextval(pg_get_serial_sequence('household', 'id')) as hid
				from registry_stage order by commune_id, code_key, line
				""").update();
		jdbc.sql("""
				insert into household (id, code, code_key, hamlet_id, commune_id, unit_path, address, latitude,
				    longitude, ethnicity, main_language, poor, near_poor, policy, search_key, demo)
				overriding system value
				select hid, code, code_key, hamlet_id, commune_id, unit_path, address, latitude, longitude,
				    h_ethnicity, h_language, poor, near_poor, policy, code_key, :demo
				from registry_stage_h
				""").param("demo", demo).update();
		jdbc.sql("""
				create temp table registry_stage_r on commit drop as
				select s.*, h.hid, nextval(pg_get_serial_sequence('resident', 'id')) as rid
				from registry_stage s join registry_stage_h h on h.commune_id = s.commune_id and h.code_key = s.code_key
				where s.full_name is not null
				""").update();
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
		jdbc.sql("""
				update household h set head_resident_id = r.rid,
				    search_key = h.code_key || ' ' || r.name_key || coalesce(' ' || r.phone, '')
				from registry_stage_r r where r.relation = 'HEAD' and h.id = r.hid
				""").update();
	}

}
