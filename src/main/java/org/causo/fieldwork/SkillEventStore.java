package org.causo.fieldwork;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.causo.registry.ResidentPlace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for skill events and their folded state ({@code resident_skill}), which changes in
 * the same transaction as the per-hamlet roll-up. Public (a component, not a repository,
 * which ArchitectureTests keeps non-public) for the registry's moves that
 * {@code fieldwork.reactions} follows.
 */
@Component
public class SkillEventStore {

	private static final String SELECT = """
			select id, kind, resident_id, skill_id, occurred_on, method, reason, visit_id, recorded_by, recorded_at
			from skill_event
			""";

	private final JdbcClient jdbc;

	private final HamletRollup rollup;

	SkillEventStore(JdbcClient jdbc, HamletRollup rollup) {
		this.jdbc = jdbc;
		this.rollup = rollup;
	}

	void insert(UUID id, String kind, long residentId, long skillId, long hamletId, String path, LocalDate on,
			Method method, String reason, UUID visitId, boolean demo) {
		this.jdbc.sql("""
				insert into skill_event (id, kind, resident_id, skill_id, hamlet_id, unit_path, occurred_on, method,
				    reason, visit_id, recorded_by, demo)
				values (:id, :kind, :r, :s, :h, :path, :on, :method, :reason, :visit, :by, :demo)
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
			.param("by", EventLedger.actorName())
			.param("demo", demo)
			.update();
	}

	Optional<SkillEventView> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(SkillEventStore::map).optional();
	}

	List<SkillEventView> history(long residentId) {
		return this.jdbc.sql(SELECT + " where resident_id = :r order by occurred_on desc, seq desc")
			.param("r", residentId)
			.query(SkillEventStore::map)
			.list();
	}

	/**
	 * Folds the events of one resident and skill into the current state: reached when a
	 * reach follows the last revocation (by day, then arrival), from the first such
	 * reach. The state row counts in the roll-up of the resident's hamlet while the
	 * resident is active; the roll-up changes only when the answer changes.
	 */
	void fold(long residentId, long skillId, ResidentPlace place) {
		lock(residentId);
		SkillEventView reached = null;
		for (SkillEventView e : this.jdbc
			.sql(SELECT + " where resident_id = :r and skill_id = :s order by occurred_on, seq")
			.param("r", residentId)
			.param("s", skillId)
			.query(SkillEventStore::map)
			.list()) {
			if ("REVOKED".equals(e.kind())) {
				reached = null;
			}
			else if (reached == null) {
				reached = e;
			}
		}
		Optional<Counted> before = this.jdbc
			.sql("select hamlet_id, counted from resident_skill where resident_id = :r and skill_id = :s")
			.param("r", residentId)
			.param("s", skillId)
			.query((rs, i) -> new Counted(rs.getLong(1), rs.getBoolean(2)))
			.optional();
		before.ifPresent((old) -> {
			this.jdbc.sql("delete from resident_skill where resident_id = :r and skill_id = :s")
				.param("r", residentId)
				.param("s", skillId)
				.update();
			if (old.counted()) {
				this.rollup.add(old.hamletId(), skillId, -1);
			}
		});
		if (reached != null) {
			this.jdbc
				.sql("""
						insert into resident_skill (resident_id, skill_id, hamlet_id, unit_path, reached_on, method, event_id,
						    counted)
						values (:r, :s, :h, :path, :on, :method, :event, :counted)
						""")
				.param("r", residentId)
				.param("s", skillId)
				.param("h", place.hamletId())
				.param("path", place.unitPath())
				.param("on", reached.on())
				.param("method", reached.method().name())
				.param("event", reached.id())
				.param("counted", place.active())
				.update();
			if (place.active()) {
				this.rollup.add(place.hamletId(), skillId, 1);
			}
		}
	}

	/**
	 * A resident now lives at this place, active or not (the registry says so): their
	 * skills reached move to its hamlet and the roll-up follows, from the hamlet they
	 * counted in to the one they count in now.
	 */
	public void follow(ResidentPlace place) {
		lock(place.residentId());
		List<Counted> rows = this.jdbc
			.sql("select skill_id, hamlet_id, counted from resident_skill where resident_id = :r order by skill_id")
			.param("r", place.residentId())
			.query((rs, i) -> new Counted(rs.getLong(2), rs.getBoolean(3), rs.getLong(1)))
			.list();
		for (Counted row : rows) {
			if (row.counted() && (!place.active() || row.hamletId() != place.hamletId())) {
				this.rollup.add(row.hamletId(), row.skillId(), -1);
			}
			if (place.active() && (!row.counted() || row.hamletId() != place.hamletId())) {
				this.rollup.add(place.hamletId(), row.skillId(), 1);
			}
		}
		if (!rows.isEmpty()) {
			this.jdbc.sql("""
					update resident_skill set hamlet_id = :h, unit_path = :path, counted = :counted
					where resident_id = :r
					""")
				.param("r", place.residentId())
				.param("h", place.hamletId())
				.param("path", place.unitPath())
				.param("counted", place.active())
				.update();
		}
	}

	/** Folds and moves of one resident wait for each other. */
	private void lock(long residentId) {
		this.jdbc.sql("select pg_advisory_xact_lock(20301, (:r % 2147483647)::int)")
			.param("r", residentId)
			.query((rs) -> {
			});
	}

	boolean isReached(long residentId, long skillId) {
		return this.jdbc.sql("select exists (select 1 from resident_skill where resident_id = :r and skill_id = :s)")
			.param("r", residentId)
			.param("s", skillId)
			.query(Boolean.class)
			.single();
	}

	/** The reached skills of these residents: resident id → skill id → state. */
	Map<Long, Map<Long, ResidentSkills.State>> reached(Collection<Long> residentIds, Map<Long, SkillView> skills) {
		Map<Long, Map<Long, ResidentSkills.State>> out = new HashMap<>();
		if (residentIds.isEmpty()) {
			return out;
		}
		this.jdbc.sql("""
				select s.resident_id, s.skill_id, s.reached_on, s.method, e.recorded_by
				from resident_skill s join skill_event e on e.id = s.event_id where s.resident_id = any(:ids)
				""").param("ids", residentIds.toArray(Long[]::new)).query((rs) -> {
			SkillView skill = skills.get(rs.getLong("skill_id"));
			if (skill != null) {
				out.computeIfAbsent(rs.getLong("resident_id"), (k) -> new HashMap<>())
					.put(skill.id(), new ResidentSkills.State(skill, rs.getObject("reached_on", LocalDate.class),
							Method.valueOf(rs.getString("method")), rs.getString("recorded_by")));
			}
		});
		return out;
	}

	Set<UUID> ofVisit(UUID visitId) {
		return new HashSet<>(this.jdbc.sql("select id from skill_event where visit_id = :v")
			.param("v", visitId)
			.query(UUID.class)
			.list());
	}

	static SkillEventView map(ResultSet rs, int row) throws SQLException {
		String method = rs.getString("method");
		return new SkillEventView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getLong("resident_id"),
				rs.getLong("skill_id"), rs.getObject("occurred_on", LocalDate.class),
				(method != null) ? Method.valueOf(method) : null, rs.getString("reason"),
				rs.getObject("visit_id", UUID.class), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	/**
	 * A state row as the roll-up sees it.
	 *
	 * @param hamletId the hamlet it counts in
	 * @param counted whether it counts
	 * @param skillId its skill (when read for a resident)
	 */
	private record Counted(long hamletId, boolean counted, long skillId) {

		Counted(long hamletId, boolean counted) {
			this(hamletId, counted, 0);
		}

	}

}
