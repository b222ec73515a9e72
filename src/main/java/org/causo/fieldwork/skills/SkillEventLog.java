package org.causo.fieldwork.skills;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.causo.fieldwork.Method;
import org.causo.fieldwork.SkillEventView;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.shared.CurrentActor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for the skill events themselves ({@code skill_event}): appended, never changed;
 * {@link SkillEventStore} folds them into the state.
 */
@Component
public class SkillEventLog {

	static final String SELECT = """
			select id, kind, resident_id, skill_id, occurred_on, method, reason, visit_id, recorded_by, recorded_at
			from skill_event
			""";

	private final JdbcClient jdbc;

	SkillEventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String kind, long residentId, long skillId, long hamletId, String path, LocalDate on,
			Method method, String reason, UUID visitId) {
		this.jdbc.sql("""
				insert into skill_event (id, kind, resident_id, skill_id, hamlet_id, unit_path, occurred_on, method,
				    reason, visit_id, recorded_by)
				values (:id, :kind, :r, :s, :h, :path, :on, :method, :reason, :visit, :by)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("r", residentId)
			.param("s", skillId)
			.param("h", hamletId)
			.param("path", path)
			.param("on", on)
			.param("method", (method != null) ? method.name() : null)
			.param("reason", reason)
			.param("visit", visitId)
			.param("by", CurrentActor.username())
			.update();
	}

	public Optional<SkillEventView> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(SkillEventLog::map).optional();
	}

	public List<SkillEventView> history(long residentId) {
		return this.jdbc.sql(SELECT + " where resident_id = :r order by occurred_on desc, seq desc")
			.param("r", residentId)
			.query(SkillEventLog::map)
			.list();
	}

	public Set<UUID> ofVisit(UUID visitId) {
		return new HashSet<>(this.jdbc.sql("select id from skill_event where visit_id = :v")
			.param("v", visitId)
			.query(UUID.class)
			.list());
	}

	public static SkillEventView map(ResultSet rs, int row) throws SQLException {
		String method = rs.getString("method");
		return new SkillEventView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getLong("resident_id"),
				rs.getLong("skill_id"), rs.getObject("occurred_on", LocalDate.class),
				(method != null) ? Method.valueOf(method) : null, rs.getString("reason"),
				rs.getObject("visit_id", UUID.class), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}
