package org.causo.training;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Scope;
import org.causo.skills.SkillNames;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportLabels;
import org.causo.shared.export.ListExports;
import org.causo.shared.web.Allowed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The class list of the scope (read through a cursor) and a class's attendance (a few
 * hundred at most) as CSV or XLSX, as the pages show them. A class outside the scope is a
 * 404 before anything is written. Each export is audited.
 */
@Service
@PreAuthorize(Allowed.FIELD)
public class TrainingExport {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final Attendances attendances;

	private final OrgUnits units;

	private final ListExports exports;

	private final SkillNames skills;

	private final AuditTrail audit;

	TrainingExport(JdbcClient jdbc, Attendances attendances, OrgUnits units, ListExports exports, SkillNames skills,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.attendances = attendances;
		this.units = units;
		this.exports = exports;
		this.skills = skills;
		this.audit = audit;
	}

	/** Every class of the scope, newest first, as the list page orders them. */
	public long classes(Scope scope, Download download, Locale locale) {
		Map<Long, OrgUnit> hamlets = new HashMap<>();
		this.units.list(scope, UnitKind.HAMLET).forEach((h) -> hamlets.put(h.id(), h));
		ExportLabels l = this.exports.labels(locale);
		Map<String, String> names = names(locale);
		var query = this.jdbc
			.sql("""
					select c.title, c.organiser_kind, c.organiser_name, c.hamlet_id, c.starts_at, c.capacity,
					       (select count(*) from training_attendance a where a.class_id = c.id and a.present) as attendances, c.skills
					from training_class c where c.unit_path like any(:scope) order by c.starts_at desc, c.id desc
					""")
			.param("scope", scope.pathPatterns());
		return write("classes", null, download, locale, "classes.title",
				List.of("class.title", "class.organiser", "training.export.organiserName", "class.venue",
						"classes.commune", "class.startsAt", "class.capacity", "classes.attendances", "class.skills"),
				ListExports.query(query, (rs) -> {
					OrgUnit hamlet = hamlets.get(rs.getLong(4));
					return new Object[] { rs.getString(1), l.of("class.organiser.", rs.getString(2)), rs.getString(3),
							(hamlet != null) ? hamlet.name() : null, (hamlet != null) ? hamlet.parentName() : null,
							rs.getObject(5, LocalDateTime.class).format(WHEN), rs.getInt(6), rs.getInt(7),
							skills(names, rs.getArray(8)) };
				}));
	}

	/**
	 * Who is enrolled in a class, in the order they came, present or not, with the skills
	 * marked.
	 */
	public long attendances(Scope scope, long classId, Download download, Locale locale) {
		List<Attendee> list = this.attendances.of(scope, classId);
		ExportLabels l = this.exports.labels(locale);
		Map<String, String> names = names(locale);
		return write("class_attendances", classId, download, locale, "class.attendees",
				List.of("walkin.fullName", "household.code", "class.walkIn", "training.export.present",
						"training.export.skillsMarked"),
				ListExports.of(list,
						(a) -> new Object[] { a.fullName(), a.householdCode(), l.yesNo(a.attendance().walkIn()),
								l.of("class.present.", String.valueOf(a.attendance().present())),
								skills(names, a.attendance().skillsMarked()) }));
	}

	private long write(String list, Long id, Download download, Locale locale, String titleKey, List<String> header,
			ListExports.Rows rows) {
		return this.exports.write(download, locale, titleKey, header, rows,
				(done) -> this.audit.record("TRAINING_EXPORTED", list, id, done));
	}

	/** Skill names by code, retired skills too, from the catalogue (fieldwork's). */
	private Map<String, String> names(Locale locale) {
		Map<String, String> names = new HashMap<>();
		this.skills.list(locale, true).forEach((s) -> names.put(s.code(), s.name()));
		return names;
	}

	private static String skills(Map<String, String> names, Array codes) throws SQLException {
		return (codes != null) ? skills(names, List.of((String[]) codes.getArray())) : null;
	}

	private static String skills(Map<String, String> names, List<String> codes) {
		List<String> out = new ArrayList<>();
		codes.forEach((c) -> out.add(names.getOrDefault(c, c)));
		return String.join(", ", out);
	}

}
