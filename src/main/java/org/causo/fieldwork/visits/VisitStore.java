package org.causo.fieldwork.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.causo.fieldwork.VisitDraft;
import org.causo.fieldwork.VisitView;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for visits, the members present and the skills taught. */
@Component
public class VisitStore {

	private final JdbcClient jdbc;

	VisitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, long householdId, String path, VisitDraft d, UUID surveyId) {
		this.jdbc.sql("""
				insert into visit (id, household_id, unit_path, visited_on, survey_id, note, recorded_by)
				values (:id, :h, :path, :on, :survey, :note, :by)
				""")
			.param("id", id)
			.param("h", householdId)
			.param("path", path)
			.param("on", d.visitedOn())
			.param("survey", surveyId)
			.param("note", d.note())
			.param("by", CurrentActor.username())
			.update();
		for (Long m : d.memberIds()) {
			this.jdbc.sql("insert into visit_member (visit_id, member_id) values (:v, :m)")
				.param("v", id)
				.param("m", m)
				.update();
		}
		for (Long s : d.taughtSkillIds()) {
			this.jdbc.sql("insert into visit_taught (visit_id, skill_id) values (:v, :s)")
				.param("v", id)
				.param("s", s)
				.update();
		}
	}

	public Optional<VisitView> find(UUID id) {
		return list("v.id = :p", id).stream().findFirst();
	}

	public List<VisitView> ofHousehold(long householdId) {
		return list("v.household_id = :p", householdId);
	}

	/** The day of the last visit to each of these households. */
	public Map<Long, LocalDate> lastVisits(Collection<Long> householdIds) {
		Map<Long, LocalDate> out = new HashMap<>();
		this.jdbc.sql("select household_id, max(visited_on) from visit where household_id = any(:h) group by 1")
			.param("h", householdIds.toArray(Long[]::new))
			.query((rs) -> {
				out.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
			});
		return out;
	}

	private List<VisitView> list(String condition, Object param) {
		return this.jdbc.sql("""
				select v.id, v.household_id, v.visited_on, v.survey_id, v.note, v.recorded_by, v.recorded_at,
				       array(select member_id from visit_member where visit_id = v.id order by 1) as members,
				       array(select skill_id from visit_taught where visit_id = v.id order by 1) as taught,
				       array(select id from skill_event where visit_id = v.id order by seq) as reached
				from visit v where
				""" + condition + " order by v.visited_on desc, v.recorded_at desc")
			.param("p", param)
			.query((rs, i) -> {
				List<Long> members = new ArrayList<>(List.of((Long[]) rs.getArray("members").getArray()));
				List<Long> taught = new ArrayList<>(List.of((Long[]) rs.getArray("taught").getArray()));
				List<UUID> reached = new ArrayList<>(List.of((UUID[]) rs.getArray("reached").getArray()));
				return new VisitView(rs.getObject("id", UUID.class), rs.getLong("household_id"),
						rs.getObject("visited_on", LocalDate.class), members, taught, reached,
						rs.getObject("survey_id", UUID.class), rs.getString("note"), rs.getString("recorded_by"),
						rs.getTimestamp("recorded_at").toInstant());
			})
			.list();
	}

}
