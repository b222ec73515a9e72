package org.causo.fieldwork.households;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.fieldwork.AssignmentView;
import org.causo.fieldwork.Assignments;
import org.causo.fieldwork.ResidentSkills;
import org.causo.fieldwork.Skills;
import org.causo.fieldwork.Visits;
import org.causo.registry.HouseholdSection;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household page's fieldwork part: who looks after the household (member and team),
 * the visits, and each resident's skills reached and missing.
 */
@Component
@Transactional(readOnly = true)
class HouseholdWork implements HouseholdSection {

	private final Assignments assignments;

	private final Visits visits;

	private final Skills skills;

	private final Residents residents;

	private final JdbcClient jdbc;

	HouseholdWork(Assignments assignments, Visits visits, Skills skills, Residents residents, JdbcClient jdbc) {
		this.assignments = assignments;
		this.visits = visits;
		this.skills = skills;
		this.residents = residents;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String template() {
		return "fieldwork/household-section";
	}

	@Override
	public Optional<Map<String, Object>> model(Viewer viewer, long householdId) {
		if (!viewer.seesPersons()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		Optional<AssignmentView> current = this.assignments.history(viewer.scope(), householdId)
			.stream()
			.filter((a) -> a.toDate() == null)
			.findFirst();
		model.put("assignment", current.orElse(null));
		model.put("team", current.map((a) -> teamOf(a.memberId())).orElse(null));
		model.put("visits", this.visits.ofHousehold(viewer.scope(), householdId));
		List<ResidentSkills> people = this.residents.members(viewer.scope(), householdId)
			.stream()
			.map(ResidentView::id)
			.map((id) -> this.skills.of(viewer.scope(), id))
			.toList();
		model.put("people", people);
		return Optional.of(model);
	}

	private String teamOf(long memberId) {
		return this.jdbc.sql("select t.name from team_member m join support_team t on t.id = m.team_id where m.id = :m")
			.param("m", memberId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
