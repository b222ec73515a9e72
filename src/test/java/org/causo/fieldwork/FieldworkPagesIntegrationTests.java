package org.causo.fieldwork;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fieldwork pages without JavaScript: forms, errors, scope and roles. */
class FieldworkPagesIntegrationTests extends FieldworkTest {

	@Test
	void aMemberRecordsAVisitFromMyHouseholdsAndTheResidentPageShowsTheSkills() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Mùa A Sình", "Mùa Thị Pằng");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long me = officerMember("kalang.officer", teamId, "kalang.member");
		json(api("kalang.officer").post("/api/fieldwork/assignments",
				assignment(UUID.randomUUID(), f.householdId(), me)), 200);
		WebSession member = loggedIn("kalang.member");
		WebSession.Page mine = member.get("/fieldwork/my-households");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body()).contains("household-" + f.householdId()).contains("Chưa thăm lần nào");
		WebSession.Page form = member.get("/fieldwork/visits/new?household=" + f.householdId());
		assertThat(form.status()).as(form.body()).isEqualTo(200);
		String id = form.body().replaceAll("(?s).*name=\"id\" value=\"([^\"]+)\".*", "$1");
		long zalo = skillId("ZALO");
		long smartphone = skillId("SMARTPHONE");
		List<Map.Entry<String, String>> fields = List.of(Map.entry("id", id),
				Map.entry("householdId", String.valueOf(f.householdId())),
				Map.entry("visitedOn", java.time.LocalDate.now(this.clock).toString()),
				Map.entry("memberIds", String.valueOf(me)), Map.entry("taught", String.valueOf(zalo)),
				Map.entry("reached", f.resident(1) + "-" + zalo),
				Map.entry("reached", f.resident(1) + "-" + smartphone), Map.entry("smartphones", "1"),
				Map.entry("featurePhones", ""), Map.entry("note", "Ổn"));
		WebSession.Page saved = member.post("/fieldwork/visits", fields);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(member.post("/fieldwork/visits", fields).status()).isEqualTo(302);
		List<Map.Entry<String, String>> changed = new java.util.ArrayList<>(fields);
		changed.set(changed.size() - 1, Map.entry("note", "Khác"));
		WebSession.Page conflict = member.post("/fieldwork/visits", changed);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.body()).contains("Lần thăm này đã được lưu").doesNotContain("value=\"" + id + "\"");
		assertThat(count("select count(*) from skill_event where resident_id = :p", f.resident(1))).isEqualTo(2);
		assertThat(count("select count(*) from household_survey where household_id = :p", f.householdId()))
			.isEqualTo(1);
		String page = member.get("/residents/" + f.resident(1) + "/skills").body();
		assertThat(page).contains("Đã đạt (2)").contains("Sử dụng Zalo").contains("Sử dụng điện thoại thông minh");
		assertThat(page).doesNotContain("Lý do thu hồi");

		WebSession officer = loggedIn("kalang.officer");
		officer.get("/residents/" + f.resident(1) + "/skills");
		WebSession.Page refused = officer.post("/residents/" + f.resident(1) + "/skills/revoke",
				Map.of("eventId", UUID.randomUUID().toString(), "skillId", String.valueOf(zalo), "reason", " "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Hãy ghi lý do thu hồi.");
		assertThat(officer
			.post("/residents/" + f.resident(1) + "/skills/revoke", Map.of("eventId", UUID.randomUUID().toString(),
					"skillId", String.valueOf(zalo), "reason", "Chưa tự mở được"))
			.status()).isEqualTo(302);
		assertThat(officer.get("/residents/" + f.resident(1) + "/skills").body()).contains("Đã đạt (1)")
			.contains("Thu hồi: Chưa tự mở được");

		WebSession other = loggedIn("huoiluong.member");
		assertThat(other.get("/residents/" + f.resident(1) + "/skills").status()).isEqualTo(404);
		assertThat(other.get("/fieldwork/visits/new?household=" + f.householdId()).status()).isEqualTo(404);
		assertThat(other.get("/fieldwork/teams/" + teamId).status()).isEqualTo(404);
	}

	@Test
	void officersRunTeamsAndAssignmentsAndAdminsTheCatalogue() {
		WebSession officer = loggedIn("kalang.officer");
		assertThat(officer.get("/fieldwork/teams").status()).isEqualTo(200);
		String name = "Tổ " + unique();
		WebSession.Page created = officer.post("/fieldwork/teams",
				Map.of("postId", String.valueOf(postIdByName("Ka Lăng")), "name", name));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		String teamPath = created.location().replaceAll("^https?://[^/]+", "");
		assertThat(officer.get(teamPath).body()).contains(name);
		assertThat(officer.post(teamPath + "/volunteers", Map.of("name", "", "affiliation", "")).status())
			.isEqualTo(400);
		assertThat(officer.post(teamPath + "/volunteers", Map.of("name", "Lường Thị Duyên", "affiliation", "Giáo viên"))
			.status()).isEqualTo(302);
		long household = family("kalang.officer", "Bản Ka Lăng").householdId();
		WebSession.Page board = officer.get(teamPath + "/assignments?q="
				+ json(api("kalang.officer").get("/api/households/" + household), 200).get("code").asString());
		assertThat(board.status()).isEqualTo(200);
		String memberId = board.body().replaceAll("(?s).*<option value=\"(\\d+)\">Lường Thị Duyên.*", "$1");
		WebSession.Page assigned = officer.post(teamPath + "/assignments", Map.of("eventId",
				UUID.randomUUID().toString(), "householdId", String.valueOf(household), "memberId", memberId));
		assertThat(assigned.status()).isEqualTo(302);
		assertThat(officer.follow(assigned).body()).contains("Lường Thị Duyên mới kèm 1 hộ (nên 3–5).");

		assertThat(loggedIn("kalang.member")
			.post("/fieldwork/teams", Map.of("postId", String.valueOf(postIdByName("Ka Lăng")), "name", "x"))
			.status()).isEqualTo(403);

		WebSession admin = loggedIn("admin");
		assertThat(admin.get("/fieldwork/skills").body()).contains("VNEID_LEVEL2").contains("Thêm kỹ năng");
		WebSession.Page bad = admin.post("/fieldwork/skills",
				Map.of("code", "?", "nameVi", "", "nameEn", "x", "nameFr", "y"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Mã kỹ năng gồm 2–40 chữ in hoa");
		assertThat(loggedIn("kalang.officer").get("/fieldwork/skills").body()).doesNotContain("Thêm kỹ năng");
	}

}
