package org.causo.training.classes;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.registry.HouseholdSection;
import org.causo.registry.Residents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The household page's training part: the classes its residents attended. */
@Component
@Transactional(readOnly = true)
class HouseholdClasses implements HouseholdSection {

	private final JdbcClient jdbc;

	private final Residents residents;

	HouseholdClasses(JdbcClient jdbc, Residents residents) {
		this.jdbc = jdbc;
		this.residents = residents;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "training/household-section";
	}

	@Override
	public Optional<Map<String, Object>> model(Viewer viewer, long householdId) {
		if (!viewer.seesPersons()) {
			return Optional.empty();
		}
		// the class's own scope too: a class of another post is not shown, only counted
		// out
		List<Attended> attended = this.jdbc.sql("""
				select c.id, c.title, c.starts_at, a.resident_id, a.walk_in
				from training_attendance a join training_class c on c.id = a.class_id
				where a.household_id = :h and a.present is true and c.unit_path like any(:scope)
				order by c.starts_at desc, c.id, a.resident_id
				""")
			.param("h", householdId)
			.param("scope", viewer.scope().pathPatterns())
			.query((rs, i) -> new Attended(rs.getLong("id"), rs.getString("title"),
					rs.getObject("starts_at", LocalDateTime.class), rs.getLong("resident_id"),
					rs.getBoolean("walk_in")))
			.list();
		Map<Long, String> names = new java.util.HashMap<>();
		this.residents.members(viewer.scope(), householdId).forEach((r) -> names.put(r.id(), r.fullName()));
		return Optional.of(Map.of("classes", attended, "names", names));
	}

	/**
	 * A resident's attendance at a class.
	 *
	 * @param classId the class
	 * @param title its title
	 * @param startsAt when it started, local time at the venue
	 * @param residentId who attended
	 * @param walkIn registered on the spot
	 */
	record Attended(long classId, String title, LocalDateTime startsAt, long residentId, boolean walkIn) {

	}

}
