package org.causo.training.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.causo.registry.demo.DemoRegistry;
import org.causo.shared.db.SeededUuids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based SQL for the demo's attendances and skill marks (two thousand of each per
 * 25,000 households), which the product records one by one; the demo's classes go through
 * the product's {@code ClassStore}.
 */
@Repository
class DemoClassStore {

	private final JdbcClient jdbc;

	DemoClassStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean loaded() {
		return this.jdbc.sql("select exists (select 1 from training_class where demo)").query(Boolean.class).single();
	}

	/** The residents attended the class, in this order; returns how many. */
	int attend(long classId, List<DemoRegistry.Person> who, SplittableRandom random) {
		if (who.isEmpty()) {
			return 0;
		}
		String[] ids = new String[who.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = SeededUuids.next(random).toString();
		}
		return this.jdbc
			.sql("""
					insert into training_attendance (id, class_id, resident_id, household_id, recorded_by, recorded_at, present)
					select a.id, :class, a.resident, a.household, 'demo', now() + a.n * interval '1 millisecond', true
					from unnest(cast(:ids as uuid[]), cast(:residents as bigint[]), cast(:households as bigint[]))
					     with ordinality as a(id, resident, household, n)
					""")
			.param("class", classId)
			.param("ids", ids)
			.param("residents", who.stream().map(DemoRegistry.Person::id).toArray(Long[]::new))
			.param("households", who.stream().map(DemoRegistry.Person::householdId).toArray(Long[]::new))
			.update();
	}

	/** Every attendance of the class gets the class's skills, reached that day. */
	int mark(long classId, LocalDate on) {
		return this.jdbc.sql("""
				insert into training_skill_mark (attendance_id, skill_code, reached_on, marked_by)
				select a.id, s.code, :on, 'demo'
				from training_attendance a join training_class c on c.id = a.class_id, unnest(c.skills) as s(code)
				where a.class_id = :class
				""").param("class", classId).param("on", on).update();
	}

	/** The skill marks of the demo classes, for fieldwork's skills reached. */
	List<DemoClassMarks.Mark> marks() {
		return this.jdbc.sql("""
				select c.id, c.post_id, a.resident_id, m.skill_code, m.reached_on
				from training_skill_mark m join training_attendance a on a.id = m.attendance_id
				join training_class c on c.id = a.class_id
				where c.demo order by c.id, a.resident_id, m.skill_code
				""")
			.query((rs, i) -> new DemoClassMarks.Mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

}
