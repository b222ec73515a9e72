package org.causo.fieldwork;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.causo.support.Downloads;
import org.causo.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads of the fieldwork lists: teams, a team's members, its households and the
 * households nobody looks after; within scope, localized, escaped, audited.
 */
class FieldworkExportIntegrationTests extends FieldworkTest {

	private long teamId;

	private String teamName;

	private String volunteer;

	private Family assigned;

	private Family free;

	@BeforeEach
	void aTeamWithAHousehold() {
		JsonNode team = team("kalang.officer", "Ka Lăng");
		this.teamId = team.get("id").asLong();
		this.teamName = team.get("name").asString();
		this.volunteer = "=1+2 Lò Văn " + unique();
		long member = volunteer("kalang.officer", this.teamId, this.volunteer);
		this.assigned = family("kalang.officer", "Bản Ka Lăng", "Giàng A " + unique());
		this.free = family("kalang.officer", "Bản Ka Lăng", "Sùng A " + unique());
		json(api("kalang.officer").post("/api/fieldwork/assignments",
				assignment(UUID.randomUUID(), this.assigned.householdId(), member)), 200);
	}

	@Test
	void theTeamPagesDownloadTheirListsLocalizedEscapedAndAudited() {
		WebSession officer = loggedIn("kalang.member");
		assertThat(officer.get("/fieldwork/teams/" + this.teamId).body())
			.contains("/fieldwork/teams/" + this.teamId + "/members/export?format=xlsx");
		List<CSVRecord> teams = Downloads.csv(officer.getBytes("/fieldwork/teams/export?format=csv"));
		assertThat(teams.get(0).toList()).containsExactly("Tên tổ", "Đồn", "Số tổ viên");
		assertThat(teams).anySatisfy((r) -> assertThat(r.toList()).containsExactly(this.teamName, "Ka Lăng", "1"));
		List<CSVRecord> members = Downloads
			.csv(officer.getBytes("/fieldwork/teams/" + this.teamId + "/members/export?format=csv"));
		assertThat(members).hasSize(2);
		// a name starting with "=" is never run as a formula by a spreadsheet
		assertThat(members.get(1).get(0)).isEqualTo("'" + this.volunteer);
		assertThat(members.get(1).get(1)).isEqualTo("Tình nguyện viên");
		String code = householdCode(this.free.householdId());
		List<CSVRecord> unassigned = Downloads
			.csv(officer.getBytes("/fieldwork/teams/" + this.teamId + "/unassigned/export?format=csv&q=" + code));
		assertThat(unassigned).hasSize(2);
		assertThat(unassigned.get(1).get(0)).isEqualTo(code);
		assertThat(unassigned.get(1).get(1)).isEqualTo("Bản Ka Lăng");
		assertThat(audit("kalang.member", "unassigned_households")).isEqualTo("CSV, rows: 1, q=" + code);
		assertThat(audit("kalang.member", "team_members")).isEqualTo("CSV, rows: 1");
	}

	@Test
	void theAssignmentsComeAsAWorkbookThroughTheApiInEnglish() {
		var response = Downloads.api(baseUrl(), this.demo.get("kalang.officer").apiToken(),
				"/api/fieldwork/teams/" + this.teamId + "/assignments/export", Downloads.XLSX, "en");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("assignments-")
			.contains(".xlsx");
		List<List<String>> rows = Downloads.xlsx(response.body());
		assertThat(rows.get(0)).containsExactly("Member", "Households looked after", "Household code", "Hamlet",
				"Commune", "Head of household");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(0)).isEqualTo(this.volunteer);
		assertThat(rows.get(1).get(2)).isEqualTo(householdCode(this.assigned.householdId()));
		assertThat(audit("kalang.officer", "assignments")).isEqualTo("XLSX, rows: 1");
	}

	@Test
	void anotherPostSeesNoneOfItAndABadFormatIsRefusedInTheUsersLanguage() {
		WebSession other = loggedIn("huoiluong.officer");
		String teams = new String(other.getBytes("/fieldwork/teams/export?format=csv"), StandardCharsets.UTF_8);
		assertThat(teams).doesNotContain(this.teamName).doesNotContain("Ka Lăng");
		assertThat(other.get("/fieldwork/teams/" + this.teamId + "/members/export?format=csv").status()).isEqualTo(404);
		assertThat(other.get("/fieldwork/teams/" + this.teamId + "/unassigned/export?format=xlsx").status())
			.isEqualTo(404);
		String token = this.demo.get("huoiluong.officer").apiToken();
		assertThat(Downloads
			.api(baseUrl(), token, "/api/fieldwork/teams/" + this.teamId + "/assignments/export", "text/csv", "vi")
			.statusCode()).isEqualTo(404);
		var bad = Downloads.api(baseUrl(), this.demo.get("kalang.officer").apiToken(),
				"/api/fieldwork/teams/export?format=pdf", "application/json", "fr");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("csv ou xlsx");
		WebSession page = loggedIn("kalang.officer");
		WebSession.Page refused = page.get("/fieldwork/teams/" + this.teamId + "/members/export?format=ods", "en");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Bad request");
	}

	@Test
	void everyExportIsDocumentedInTheApiDescription() {
		assertThat(api("kalang.officer").get("/v3/api-docs").body())
			.contains("/api/fieldwork/teams/export", "/api/fieldwork/teams/{id}/members/export",
					"/api/fieldwork/teams/{id}/assignments/export", "/api/fieldwork/teams/{id}/unassigned/export",
					"/api/training/classes/export", "/api/training/classes/{id}/attendances/export",
					"/api/devices/devices/export", "/api/devices/donations/export", "/api/devices/donors/export",
					"/api/devices/handovers/export", "/api/devices/handovers/{id}/follow-ups/export",
					"/api/devices/priority/export", "/api/households/export")
			.doesNotContain("\"/fieldwork/teams/export\"");
	}

	private String householdCode(long id) {
		return this.jdbc.sql("select code from household where id = :id").param("id", id).query(String.class).single();
	}

	private String audit(String actor, String list) {
		return this.jdbc
			.sql("select details from audit_event where actor = :a and action = 'FIELDWORK_EXPORTED' "
					+ "and target_type = :t and target_id = :id order by id desc limit 1")
			.param("a", actor)
			.param("t", list)
			.param("id", Long.toString(this.teamId))
			.query(String.class)
			.single();
	}

}
