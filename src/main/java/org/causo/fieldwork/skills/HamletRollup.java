package org.causo.fieldwork.skills;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for the per-hamlet roll-up {@code skill_hamlet_rollup}: residents who reached each
 * skill and count (neither they nor their household archived), by the hamlet they live
 * in. Changed only by small deltas, in the transaction that changes
 * {@code resident_skill}.
 */
@Component
public class HamletRollup {

	private final JdbcClient jdbc;

	HamletRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(long hamletId, long skillId, int delta) {
		if (delta < 0) {
			this.jdbc
				.sql("update skill_hamlet_rollup set reached = reached + :d where hamlet_id = :h and skill_id = :s")
				.param("h", hamletId)
				.param("s", skillId)
				.param("d", delta)
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into skill_hamlet_rollup (hamlet_id, skill_id, reached) values (:h, :s, :d)
				on conflict (hamlet_id, skill_id) do update set reached = skill_hamlet_rollup.reached + :d
				""").param("h", hamletId).param("s", skillId).param("d", delta).update();
	}

	/** Residents who reached each skill in a hamlet (skill id → count). */
	public Map<Long, Integer> of(long hamletId) {
		Map<Long, Integer> out = new HashMap<>();
		this.jdbc.sql("select skill_id, reached from skill_hamlet_rollup where hamlet_id = :h")
			.param("h", hamletId)
			.query((rs) -> {
				out.put(rs.getLong(1), rs.getInt(2));
			});
		return out;
	}

}
