package org.causo.training.classes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.training.AttendanceView;
import org.causo.training.ClassDraft;
import org.causo.training.ClassView;
import org.causo.training.Organiser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class ClassStore {

	private static final String COLUMNS = """
			select c.id, c.post_id, c.title, c.organiser_kind, c.organiser_name, c.hamlet_id, c.commune_id, c.starts_at,
			       c.capacity, c.skills, (select count(*) from training_attendance a where a.class_id = c.id) as attendances
			from training_class c
			""";

	private final JdbcClient jdbc;

	ClassStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<ClassView> search(Scope scope, PageOf.Request page) {
		long total = this.jdbc.sql("select count(*) from training_class c where c.unit_path like any(:scope)")
			.param("scope", scope.pathPatterns())
			.query(Long.class)
			.single();
		List<ClassView> rows = this.jdbc
			.sql(COLUMNS + " where c.unit_path like any(:scope) order by c.starts_at desc, c.id desc"
					+ " limit :limit offset :offset")
			.param("scope", scope.pathPatterns())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ClassStore::row)
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	public Optional<ClassView> find(Scope scope, long id) {
		return this.jdbc.sql(COLUMNS + " where c.id = :id and c.unit_path like any(:scope)")
			.param("id", id)
			.param("scope", scope.pathPatterns())
			.query(ClassStore::row)
			.optional();
	}

	public void lock(long id) {
		this.jdbc.sql("select id from training_class where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	public long insert(long postId, ClassDraft d, String title, String organiserName, long communeId, String path,
			String by, boolean demo) {
		return this.jdbc.sql("""
				insert into training_class (post_id, title, organiser_kind, organiser_name, hamlet_id, commune_id,
				                            unit_path, starts_at, capacity, skills, demo, created_by)
				values (:post, :title, :kind, :name, :hamlet, :commune, :path, :starts, :capacity, :skills, :demo, :by)
				returning id
				""")
			.param("post", postId)
			.param("title", title)
			.param("kind", d.organiser().name())
			.param("name", organiserName)
			.param("hamlet", d.hamletId())
			.param("commune", communeId)
			.param("path", path)
			.param("starts", Timestamp.valueOf(d.startsAt()))
			.param("capacity", d.capacity())
			.param("skills", d.skills().toArray(String[]::new))
			.param("demo", demo)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	public Optional<AttendanceView> attendance(UUID id) {
		return this.jdbc.sql(ATTENDANCE + " where a.id = :id")
			.param("id", id)
			.query(ClassStore::attendanceRow)
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
			.query(ClassStore::attendanceRow)
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
				rs.getTimestamp("recorded_at").toInstant(), strings(rs.getArray("skills")),
				(Boolean) rs.getObject("present"));
	}

	private static ClassView row(ResultSet rs, int i) throws SQLException {
		return new ClassView(rs.getLong("id"), rs.getLong("post_id"), rs.getString("title"),
				Organiser.valueOf(rs.getString("organiser_kind")), rs.getString("organiser_name"),
				rs.getLong("hamlet_id"), null, rs.getLong("commune_id"), rs.getObject("starts_at", LocalDateTime.class),
				rs.getInt("capacity"), strings(rs.getArray("skills")), rs.getInt("attendances"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
	}

}
