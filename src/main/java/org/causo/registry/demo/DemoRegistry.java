package org.causo.registry.demo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's demo households and residents read in bulk, for the demo loaders of
 * other modules (fieldwork, training, devices), which must not read the registry's tables
 * themselves. Only rows marked demo and not archived; no scope, no audit: callers are the
 * demo loaders, which run at start-up in demo mode only.
 */
@Service
@Transactional(readOnly = true)
public class DemoRegistry {

	private final JdbcClient jdbc;

	DemoRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any demo household exists. */
	public boolean loaded() {
		return this.jdbc.sql("select exists (select 1 from household where demo and not archived)")
			.query(Boolean.class)
			.single();
	}

	/** The demo households with their latest survey's phones and signal, by id. */
	public List<Home> homes() {
		return this.jdbc
			.sql("""
					select h.id, h.code, h.hamlet_id, h.commune_id, h.unit_path, h.poor or h.policy, h.head_resident_id,
					       s.smartphones,
					       coalesce(s.viettel <> 'NONE' or s.vnpt <> 'NONE' or s.mobifone <> 'NONE'
					                or s.vietnamobile <> 'NONE', false)
					from household h
					left join lateral (select smartphones, viettel, vnpt, mobifone, vietnamobile from household_survey x
					                   where x.household_id = h.id order by x.observed_on desc, x.recorded_at desc limit 1) s
					  on true
					where h.demo and not h.archived
					order by h.id
					""")
			.query((rs, i) -> new Home(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
					rs.getBoolean(6), rs.getLong(7), (Integer) rs.getObject(8), rs.getBoolean(9)))
			.list();
	}

	/** The active residents of the demo households, by household, then id. */
	public List<Person> people() {
		return this.jdbc.sql("""
				select r.id, r.household_id, coalesce(r.birth_year, 1990) from resident r
				join household h on h.id = r.household_id
				where r.demo and not r.archived and not h.archived
				order by r.household_id, r.id
				""").query((rs, i) -> new Person(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
	}

	/**
	 * A demo household.
	 *
	 * @param id its id
	 * @param code its code
	 * @param hamletId its hamlet
	 * @param communeId its commune
	 * @param unitPath its hamlet's path
	 * @param poorOrPolicy poor or policy household
	 * @param headId its head
	 * @param smartphones smartphones at the latest survey, null if never surveyed
	 * @param signal whether the latest survey found any network at home
	 */
	public record Home(long id, String code, long hamletId, long communeId, String unitPath, boolean poorOrPolicy,
			long headId, Integer smartphones, boolean signal) {

	}

	/**
	 * A demo resident.
	 *
	 * @param id their id
	 * @param householdId their household
	 * @param birthYear their year of birth
	 */
	public record Person(long id, long householdId, int birthYear) {

	}

}
