package org.causo.fieldwork.assignments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.causo.fieldwork.AssignmentView;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for household assignments; a reassignment closes one row and opens the next. */
@Component
public class AssignmentStore {

	private static final String SELECT = """
			select id, household_id, member_id, from_date, to_date, recorded_by, ended_by, override_reason, end_reason
			from assignment
			""";

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AssignmentView> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(AssignmentStore::map).optional();
	}

	public Optional<AssignmentView> current(long householdId) {
		return this.jdbc.sql(SELECT + " where household_id = :h and to_date is null")
			.param("h", householdId)
			.query(AssignmentStore::map)
			.optional();
	}

	public List<AssignmentView> history(long householdId) {
		return this.jdbc.sql(SELECT + " where household_id = :h order by from_date desc, recorded_at desc")
			.param("h", householdId)
			.query(AssignmentStore::map)
			.list();
	}

	/** Current assignments of these members. */
	public List<AssignmentView> currentOf(Collection<Long> memberIds) {
		return this.jdbc.sql(SELECT + " where member_id = any(:m) and to_date is null order by from_date, household_id")
			.param("m", memberIds.toArray(Long[]::new))
			.query(AssignmentStore::map)
			.list();
	}

	public Map<Long, Integer> loads(Collection<Long> memberIds) {
		Map<Long, Integer> out = new HashMap<>();
		this.jdbc
			.sql("select member_id, count(*) from assignment where member_id = any(:m) and to_date is null "
					+ "group by member_id")
			.param("m", memberIds.toArray(Long[]::new))
			.query((rs) -> {
				out.put(rs.getLong(1), rs.getInt(2));
			});
		return out;
	}

	public void end(long householdId, LocalDate on, String by) {
		end(householdId, on, by, null);
	}

	public void end(long householdId, LocalDate on, String by, String reason) {
		this.jdbc
			.sql("update assignment set to_date = :on, ended_by = :by, end_reason = :reason "
					+ "where household_id = :h and to_date is null")
			.param("h", householdId)
			.param("on", on)
			.param("by", by)
			.param("reason", reason)
			.update();
	}

	public int endAllOf(long memberId, LocalDate on, String by) {
		return this.jdbc
			.sql("update assignment set to_date = greatest(:on, from_date), ended_by = :by "
					+ "where member_id = :m and to_date is null")
			.param("m", memberId)
			.param("on", on)
			.param("by", by)
			.update();
	}

	public void insert(UUID id, long householdId, long memberId, long postId, LocalDate on, String overrideReason) {
		this.jdbc.sql("""
				insert into assignment (id, household_id, member_id, post_id, from_date, recorded_by, override_reason)
				values (:id, :h, :m, :p, :on, :by, :reason)
				""")
			.param("reason", overrideReason)
			.param("id", id)
			.param("h", householdId)
			.param("m", memberId)
			.param("p", postId)
			.param("on", on)
			.param("by", CurrentActor.username())
			.update();
	}

	private static AssignmentView map(ResultSet rs, int row) throws SQLException {
		return new AssignmentView(rs.getObject("id", UUID.class), rs.getLong("household_id"), rs.getLong("member_id"),
				null, rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
				rs.getString("recorded_by"), rs.getString("ended_by"), rs.getString("override_reason"),
				rs.getString("end_reason"));
	}

}
