package org.causo.fieldwork.skills;

import java.util.List;
import java.util.Optional;

import org.causo.fieldwork.SkillEventView;
import org.causo.registry.ResidentPlace;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The folded state of the skill events ({@code resident_skill}), which changes in the
 * same transaction as the per-hamlet roll-up: one resident and skill at a time as events
 * arrive ({@link #fold}), or many at once ({@link #foldAll}, for the demo's 20,000
 * residents); a test proves both give the same state and roll-up.
 */
@Component
public class SkillEventStore {

	private final JdbcClient jdbc;

	private final HamletRollup rollup;

	SkillEventStore(JdbcClient jdbc, HamletRollup rollup) {
		this.jdbc = jdbc;
		this.rollup = rollup;
	}

	/**
	 * Folds the events of one resident and skill into the current state: reached when a
	 * reach follows the last revocation (by day, then arrival), from the first such
	 * reach. The state row counts in the roll-up of the resident's hamlet while the
	 * resident is active; the roll-up changes only when the answer changes.
	 */
	public void fold(long residentId, long skillId, ResidentPlace place) {
		lock(residentId);
		SkillEventView reached = null;
		for (SkillEventView e : this.jdbc
			.sql(SkillEventLog.SELECT + " where resident_id = :r and skill_id = :s order by occurred_on, seq")
			.param("r", residentId)
			.param("s", skillId)
			.query(SkillEventLog::map)
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
	 * The same fold, set-based, for every resident and skill of the chosen events
	 * ({@code filter} on {@code skill_event e}) that has no state yet: reached from the
	 * first reach after the last revocation (by day, then arrival), in the hamlet the
	 * reach was recorded in, and counted (the residents must be active, as the demo's are
	 * when loaded). Returns the state rows added.
	 */
	public int foldAll(SqlFilter filter) {
		SqlFilter reaches = filter.and("e.kind = 'REACHED'").and("""
				not exists (select 1 from skill_event v where v.resident_id = e.resident_id
				            and v.skill_id = e.skill_id and v.kind = 'REVOKED'
				            and (v.occurred_on, v.seq) > (e.occurred_on, e.seq))""");
		return reaches
			.query(this.jdbc,
					"""
							with added as (
							    insert into resident_skill (resident_id, skill_id, hamlet_id, unit_path, reached_on, method, event_id,
							                                counted)
							    select distinct on (e.resident_id, e.skill_id) e.resident_id, e.skill_id, e.hamlet_id, e.unit_path,
							           e.occurred_on, e.method, e.id, true
							    from skill_event e""",
					"""
							    order by e.resident_id, e.skill_id, e.occurred_on, e.seq
							    on conflict (resident_id, skill_id) do nothing
							    returning hamlet_id, skill_id)
							insert into skill_hamlet_rollup (hamlet_id, skill_id, reached)
							select hamlet_id, skill_id, count(*) from added group by hamlet_id, skill_id
							on conflict (hamlet_id, skill_id) do update set reached = skill_hamlet_rollup.reached + excluded.reached
							""")
			.update();
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

	public boolean isReached(long residentId, long skillId) {
		return this.jdbc.sql("select exists (select 1 from resident_skill where resident_id = :r and skill_id = :s)")
			.param("r", residentId)
			.param("s", skillId)
			.query(Boolean.class)
			.single();
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
