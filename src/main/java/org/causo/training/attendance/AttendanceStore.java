package org.causo.training.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causo.training.AttendanceView;
import org.causo.training.classes.ClassStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of a class's roll: enrolments and walk-ins, presence, and the skills marked
 * for each.
 */
@Component
public class AttendanceStore {

	private final JdbcClient jdbc;

	AttendanceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the class's row, so that two officers cannot both take its last place.
	 */
	public void lock(long id) {
		this.jdbc.sql("select id from training_class where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	public Optional<AttendanceView> attendance(UUID id) {
		return this.jdbc.sql(ATTENDANCE + " where a.id = :id")
			.param("id", id)
			.query(AttendanceStore::attendanceRow)
			.optional();
	}

	public Optional<String> walkInName(UUID id) {
		return this.jdbc.sql("select walk_in_name from training_attendance where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	public List<AttendanceView> attendances(long classId) {
		return this.jdbc.sql(ATTENDANCE + " where a.class_id = :id order by a.recorded_at, a.id")
			.param("id", classId)
			.query(AttendanceStore::attendanceRow)
			.list();
	}

	public boolean attends(long classId, long residentId) {
		return this.jdbc
			.sql("select exists (select 1 from training_attendance where class_id = :c and resident_id = :r)")
			.param("c", classId)
			.param("r", residentId)
			.query(Boolean.class)
			.single();
	}

	public void insertAttendance(UUID id, long classId, long residentId, long householdId, String walkInName,
			String by) {
		this.jdbc
			.sql("""
					insert into training_attendance (id, class_id, resident_id, household_id, walk_in, walk_in_name, recorded_by,
					    present)
					values (:id, :class, :resident, :household, :walkIn, :name, :by, case when :walkIn then true end)
					""")
			.param("id", id)
			.param("class", classId)
			.param("resident", residentId)
			.param("household", householdId)
			.param("walkIn", walkInName != null)
			.param("name", walkInName)
			.param("by", by)
			.update();
	}

	/** Present, absent, or (null) not marked yet. */
	public void setPresent(UUID attendanceId, Boolean present) {
		this.jdbc.sql("update training_attendance set present = :present where id = :id")
			.param("id", attendanceId)
			.param("present", present)
			.update();
	}

	/** An enrolment taken back (only while no skill is marked for it). */
	public void delete(UUID attendanceId) {
		this.jdbc.sql("delete from training_attendance where id = :id").param("id", attendanceId).update();
	}

	public boolean mark(UUID attendanceId, String skill, LocalDate on, String by) {
		return this.jdbc.sql("""
				insert into training_skill_mark (attendance_id, skill_code, reached_on, marked_by)
				values (:a, :skill, :on, :by) on conflict do nothing
				""").param("a", attendanceId).param("skill", skill).param("on", on).param("by", by).update() == 1;
	}

	private static final String ATTENDANCE = """
			select a.id, a.class_id, a.resident_id, a.household_id, a.walk_in, a.recorded_by, a.recorded_at, a.present,
			       array(select m.skill_code from training_skill_mark m where m.attendance_id = a.id order by m.skill_code)
			         as skills
			from training_attendance a
			""";

	private static AttendanceView attendanceRow(ResultSet rs, int i) throws SQLException {
		return new AttendanceView(rs.getObject("id", UUID.class), rs.getLong("class_id"), rs.getLong("resident_id"),
				rs.getLong("household_id"), rs.getBoolean("walk_in"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), ClassStore.strings(rs.getArray("skills")),
				(Boolean) rs.getObject("present"));
	}

}
