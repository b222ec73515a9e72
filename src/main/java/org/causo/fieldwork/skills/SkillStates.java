package org.causo.fieldwork.skills;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.causo.fieldwork.Method;
import org.causo.fieldwork.ResidentSkills;
import org.causo.registry.Relation;
import org.causo.registry.ResidentView;
import org.causo.skills.SkillView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The skills reached as read (from {@code resident_skill}): a resident's state for every
 * skill of the catalogue, the state of many residents at once, and the per-hamlet
 * roll-up.
 */
@Component
public class SkillStates {

	private final JdbcClient jdbc;

	private final SkillEventLog events;

	private final HamletRollup rollup;

	SkillStates(JdbcClient jdbc, SkillEventLog events, HamletRollup rollup) {
		this.jdbc = jdbc;
		this.events = events;
		this.rollup = rollup;
	}

	/**
	 * A resident's skills: retired skills only when reached, each marked whether it is
	 * for the resident this year, with every event.
	 */
	public ResidentSkills of(ResidentView resident, List<SkillView> all, int year) {
		Map<Long, ResidentSkills.State> reached = reachedBy(List.of(resident.id()), all).getOrDefault(resident.id(),
				Map.of());
		boolean head = resident.relation() == Relation.HEAD;
		List<ResidentSkills.State> states = all.stream()
			.filter((s) -> !s.retired() || reached.containsKey(s.id()))
			.map((s) -> reached.getOrDefault(s.id(), new ResidentSkills.State(s, null, null, null)))
			.map((state) -> state.forResident(state.skill().appliesTo(resident.birthYear(), head, year)))
			.toList();
		return new ResidentSkills(resident.id(), resident.fullName(), resident.householdId(), states,
				this.events.history(resident.id()));
	}

	/** The skills reached by these residents: resident id → skill id → state. */
	public Map<Long, Map<Long, ResidentSkills.State>> reachedBy(List<Long> residentIds, List<SkillView> skills) {
		Map<Long, SkillView> byId = skills.stream().collect(Collectors.toMap(SkillView::id, Function.identity()));
		Map<Long, Map<Long, ResidentSkills.State>> out = new HashMap<>();
		if (residentIds.isEmpty()) {
			return out;
		}
		this.jdbc.sql("""
				select s.resident_id, s.skill_id, s.reached_on, s.method, e.recorded_by
				from resident_skill s join skill_event e on e.id = s.event_id where s.resident_id = any(:ids)
				""").param("ids", residentIds.toArray(Long[]::new)).query((rs) -> {
			SkillView skill = byId.get(rs.getLong("skill_id"));
			if (skill != null) {
				out.computeIfAbsent(rs.getLong("resident_id"), (k) -> new HashMap<>())
					.put(skill.id(), new ResidentSkills.State(skill, rs.getObject("reached_on", LocalDate.class),
							Method.valueOf(rs.getString("method")), rs.getString("recorded_by")));
			}
		});
		return out;
	}

	/** Residents of a hamlet who reached each skill (skill id → count). */
	public Map<Long, Integer> inHamlet(long hamletId) {
		return this.rollup.of(hamletId);
	}

}
