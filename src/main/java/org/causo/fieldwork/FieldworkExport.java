package org.causo.fieldwork;

import java.util.List;
import java.util.Locale;

import org.causo.audit.AuditTrail;
import org.causo.registry.Chunk;
import org.causo.registry.HouseholdView;
import org.causo.shared.Scope;
import org.causo.shared.export.Download;
import org.causo.shared.export.ExportLabels;
import org.causo.shared.export.ListExports;
import org.causo.shared.web.Allowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The fieldwork lists as CSV or XLSX, as their pages show them: the teams of the scope, a
 * team's members, its households member by member, and the households of its post that
 * nobody looks after (read page by page, never all at once). A team outside the scope is
 * a 404 before anything is written. Each export is audited.
 */
@Service
@PreAuthorize(Allowed.FIELD)
public class FieldworkExport {

	private static final int CHUNK = 200;

	private final Teams teams;

	private final Assignments assignments;

	private final UnassignedHouseholds unassigned;

	private final ListExports exports;

	private final AuditTrail audit;

	FieldworkExport(Teams teams, Assignments assignments, UnassignedHouseholds unassigned, ListExports exports,
			AuditTrail audit) {
		this.teams = teams;
		this.assignments = assignments;
		this.unassigned = unassigned;
		this.exports = exports;
		this.audit = audit;
	}

	public long teams(Scope scope, Download download, Locale locale) {
		List<TeamView> list = this.teams.list(scope);
		return write("teams", null, "", download, locale, "fieldwork.teams.title",
				List.of("fieldwork.teams.name", "fieldwork.teams.post", "fieldwork.export.members"),
				ListExports.of(list, (t) -> new Object[] { t.name(), t.postName(), t.members().size() }));
	}

	public long members(Scope scope, long teamId, Download download, Locale locale) {
		TeamView team = this.teams.get(scope, teamId);
		ExportLabels l = this.exports.labels(locale);
		return write("team_members", teamId, "", download, locale, "fieldwork.export.teamMembers",
				List.of("fieldwork.export.member", "fieldwork.export.kind", "fieldwork.team.affiliation",
						"fieldwork.export.joinedOn"),
				ListExports.of(team.members(),
						(m) -> new Object[] { m.name(),
								l.of("fieldwork.team.", m.volunteer() ? "volunteer" : "officer"), m.affiliation(),
								m.joinedOn() }));
	}

	/** A team's households, member by member (a team has a few dozen). */
	public long assignments(Scope scope, long teamId, Download download, Locale locale) {
		Board board = this.assignments.board(scope, teamId);
		return write("assignments", teamId, "", download, locale, "fieldwork.export.assignments",
				List.of("fieldwork.export.member", "fieldwork.export.load", "household.code", "household.hamlet",
						"registry.export.commune", "household.head"),
				(sink) -> board.members()
					.forEach((line) -> line.households()
						.forEach((h) -> sink.row(line.member().name(), line.load().households(), h.code(),
								h.hamletName(), h.communeName(), h.headName()))));
	}

	/** The households of the team's post nobody looks after, with the page's search. */
	public long unassigned(Scope scope, long teamId, String text, Long hamletId, Download download, Locale locale) {
		TeamView team = this.teams.get(scope, teamId);
		return write("unassigned_households", teamId, "q=" + text + ((hamletId != null) ? ", hamlet=" + hamletId : ""),
				download, locale, "fieldwork.export.unassigned",
				List.of("household.code", "household.hamlet", "registry.export.commune", "household.head"), (sink) -> {
					String after = null;
					do {
						Chunk<HouseholdView> chunk = this.unassigned.find(scope, team.postId(), text, hamletId, after,
								CHUNK);
						chunk.items().forEach((h) -> sink.row(h.code(), h.hamletName(), h.communeName(), h.headName()));
						after = chunk.next();
					}
					while (after != null);
				});
	}

	private long write(String list, Long id, String filters, Download download, Locale locale, String titleKey,
			List<String> header, ListExports.Rows rows) {
		return this.exports.write(download, locale, titleKey, header, rows, (done) -> this.audit
			.record("FIELDWORK_EXPORTED", list, id, done + (filters.isEmpty() ? "" : ", " + filters)));
	}

}
