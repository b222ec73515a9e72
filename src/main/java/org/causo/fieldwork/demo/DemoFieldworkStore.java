package org.causo.fieldwork.demo;

import java.util.List;
import java.util.function.IntFunction;

import org.causo.fieldwork.skills.SkillEventStore;
import org.causo.shared.db.SqlFilter;
import org.causo.shared.db.stores.BulkTimings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based SQL for the demo's field work: rows go in as arrays, one statement a table;
 * the skill state and the per-hamlet roll-up are then built from the demo's skill events
 * by the product's own set-based fold ({@link SkillEventStore#foldAll}).
 */
@Repository
class DemoFieldworkStore {

	private final JdbcClient jdbc;

	private final SkillEventStore state;

	DemoFieldworkStore(JdbcClient jdbc, SkillEventStore state) {
		this.jdbc = jdbc;
		this.state = state;
	}

	boolean loaded() {
		return this.jdbc.sql("select exists (select 1 from support_team where demo)").query(Boolean.class).single();
	}

	void write(DemoWork w, StringBuilder phases) {
		long t = System.nanoTime();
		this.jdbc.sql("""
				insert into field_event (id, kind, content, recorded_by)
				select id, kind, content, 'demo' from unnest(cast(:ids as uuid[]), cast(:kinds as text[]),
				                                             cast(:contents as text[])) as x(id, kind, content)
				""")
			.param("ids", column(w.events, 0, String[]::new))
			.param("kinds", column(w.events, 1, String[]::new))
			.param("contents", column(w.events, 2, String[]::new))
			.update();
		t = BulkTimings.phase(phases, "events", t);
		this.jdbc.sql("""
				insert into assignment (id, household_id, member_id, post_id, from_date, to_date, ended_by, recorded_by)
				select id, household, member, post, from_date, to_date, case when to_date is not null then 'demo' end,
				       'demo'
				from unnest(cast(:ids as uuid[]), cast(:households as bigint[]), cast(:members as bigint[]),
				            cast(:posts as bigint[]), cast(:froms as date[]), cast(:tos as date[]))
				     as x(id, household, member, post, from_date, to_date)
				""")
			.param("ids", column(w.assignments, 0, String[]::new))
			.param("households", column(w.assignments, 1, Long[]::new))
			.param("members", column(w.assignments, 2, Long[]::new))
			.param("posts", column(w.assignments, 3, Long[]::new))
			.param("froms", column(w.assignments, 4, String[]::new))
			.param("tos", column(w.assignments, 5, String[]::new))
			.update();
		t = BulkTimings.phase(phases, "assignments", t);
		this.jdbc.sql("""
				insert into visit (id, household_id, unit_path, visited_on, note, recorded_by, demo)
				select id, household, path, visited_on, note, 'demo', true
				from unnest(cast(:ids as uuid[]), cast(:households as bigint[]), cast(:paths as text[]),
				            cast(:days as date[]), cast(:notes as text[])) as x(id, household, path, visited_on, note)
				""")
			.param("ids", column(w.visits, 0, String[]::new))
			.param("households", column(w.visits, 1, Long[]::new))
			.param("paths", column(w.visits, 2, String[]::new))
			.param("days", column(w.visits, 3, String[]::new))
			.param("notes", column(w.visits, 4, String[]::new))
			.update();
		pairs("visit_member (visit_id, member_id)", w.present);
		pairs("visit_taught (visit_id, skill_id)", w.taught);
		t = BulkTimings.phase(phases, "visits", t);
		this.jdbc.sql("""
				insert into skill_event (id, kind, resident_id, skill_id, hamlet_id, unit_path, occurred_on, method,
				                         visit_id, recorded_by, demo)
				select id, 'REACHED', resident, skill, hamlet, path, occurred_on, method, visit, 'demo', true
				from unnest(cast(:ids as uuid[]), cast(:residents as bigint[]), cast(:skills as bigint[]),
				            cast(:hamlets as bigint[]), cast(:paths as text[]), cast(:days as date[]),
				            cast(:methods as text[]), cast(:visits as uuid[]))
				     as x(id, resident, skill, hamlet, path, occurred_on, method, visit)
				order by occurred_on
				""")
			.param("ids", column(w.reached, 0, String[]::new))
			.param("residents", column(w.reached, 1, Long[]::new))
			.param("skills", column(w.reached, 2, Long[]::new))
			.param("hamlets", column(w.reached, 3, Long[]::new))
			.param("paths", column(w.reached, 4, String[]::new))
			.param("days", column(w.reached, 5, String[]::new))
			.param("methods", column(w.reached, 6, String[]::new))
			.param("visits", column(w.reached, 7, String[]::new))
			.update();
	}

	/**
	 * The state of every resident and skill the demo's events reached (the first reach,
	 * by day then arrival), counted in the roll-up of the hamlet: demo residents are all
	 * active. Returns the residents with at least one skill and the state rows.
	 */
	long[] fold() {
		this.state.foldAll(SqlFilter.all().and("e.demo"));
		return this.jdbc
			.sql("select count(distinct s.resident_id), count(*) from resident_skill s "
					+ "join skill_event e on e.id = s.event_id where e.demo")
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private void pairs(String table, List<Object[]> rows) {
		this.jdbc.sql("insert into " + table + " select * from unnest(cast(:a as uuid[]), cast(:b as bigint[]))")
			.param("a", column(rows, 0, String[]::new))
			.param("b", column(rows, 1, Long[]::new))
			.update();
	}

	/** A column of the rows, as text for everything but numbers and booleans. */
	@SuppressWarnings("unchecked")
	private static <T> T[] column(List<Object[]> rows, int i, IntFunction<T[]> array) {
		boolean text = array.apply(0) instanceof String[];
		return rows.stream()
			.map((r) -> (r[i] == null) ? null : (T) (text ? String.valueOf(r[i]) : r[i]))
			.toArray(array);
	}

}
