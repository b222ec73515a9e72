package org.causo.fieldwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Support teams, their members and household assignments. */
class TeamsIntegrationTests extends FieldworkTest {

	@Test
	void aPostOfficerMakesATeamOfOfficersAndVolunteers() {
		ApiClient officer = api("kalang.officer");
		JsonNode team = team("kalang.officer", "Ka Lăng");
		long id = team.get("id").asLong();
		assertThat(team.get("postName").asString()).isEqualTo("Ka Lăng");
		officerMember("kalang.officer", id, "kalang.member");
		assertThat(json(officer.post("/api/fieldwork/teams/" + id + "/officers",
				Map.of("officerId", officerIdByUsername("huoiluong.member"))), 400)
			.get("detail")
			.asString()).isEqualTo("Hãy chọn một tài khoản đang hoạt động của đồn, chưa ở trong tổ.");
		assertThat(officer
			.post("/api/fieldwork/teams/" + id + "/officers", Map.of("officerId", officerIdByUsername("kalang.member")))
			.status()).isEqualTo(400);
		long teacher = volunteer("kalang.officer", id, "Nguyễn Thị Hoa");
		assertThat(
				json(officer.inLanguage("en").post("/api/fieldwork/teams/" + id + "/volunteers", Map.of("name", " ")),
						400)
					.get("detail")
					.asString())
			.isEqualTo("Enter the name.");
		assertThat(
				officer
					.post("/api/fieldwork/teams",
							Map.of("postId", postIdByName("Ka Lăng"), "name",
									team.get("name").asString().toUpperCase()))
					.status())
			.isEqualTo(400);
		assertThat(officer
			.post("/api/fieldwork/teams", Map.of("postId", postIdByName("Huổi Luông"), "name", "Tổ " + unique()))
			.status()).isEqualTo(400);

		JsonNode after = json(officer.post("/api/fieldwork/teams/" + id + "/members/" + teacher + "/remove", Map.of()),
				200);
		assertThat(after.get("members")).hasSize(1);
		assertThat(count("select count(*) from team_member where id = :p and left_on is not null", teacher))
			.isEqualTo(1);
		assertThat(count("select count(*) from audit_event where target_type = 'team' and target_id = :p",
				String.valueOf(id)))
			.isEqualTo(4);

		assertThat(api("kalang.member")
			.post("/api/fieldwork/teams", Map.of("postId", postIdByName("Ka Lăng"), "name", "Tổ " + unique()))
			.status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/fieldwork/teams").status()).isEqualTo(403);
		assertThat(api("huoiluong.officer").get("/api/fieldwork/teams/" + id).status()).isEqualTo(404);
		assertThat(api("huoiluong.commander")
			.post("/api/fieldwork/teams/" + id + "/members/" + teacher + "/remove", Map.of())
			.status()).isEqualTo(404);
		assertThat(json(api("kalang.member").get("/api/fieldwork/teams"), 200).findValues("id")
			.stream()
			.map(JsonNode::asLong)).contains(id);
	}

	@Test
	void assignmentsWarnBelowThreeAndAboveFiveAndKeepTheirHistory() {
		ApiClient officer = api("kalang.officer");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long a = volunteer("kalang.officer", teamId, "Lò Thị Ánh");
		long b = volunteer("kalang.officer", teamId, "Tao Văn Bình");
		List<Long> homes = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			homes.add(family("kalang.officer", "Bản Lò Suối Tủng").householdId());
		}
		String code7 = json(officer.get("/api/households/" + homes.get(6)), 200).get("code").asString();
		long post = postIdByName("Ka Lăng");
		assertThat(json(officer.get("/api/fieldwork/posts/" + post + "/unassigned?q=" + code7), 200).get("items"))
			.hasSize(1);

		UUID first = UUID.randomUUID();
		JsonNode one = json(officer.post("/api/fieldwork/assignments", assignment(first, homes.get(0), a)), 200);
		assertThat(one.get("warning").asString()).isEqualTo("BELOW");
		assertThat(one.get("load").get("households").asInt()).isEqualTo(1);
		JsonNode replay = json(officer.post("/api/fieldwork/assignments", assignment(first, homes.get(0), a)), 200);
		assertThat(replay.get("assignment").get("id").asString()).isEqualTo(first.toString());
		assertThat(officer.post("/api/fieldwork/assignments", assignment(first, homes.get(0), b)).status())
			.isEqualTo(409);
		for (int i = 1; i < 5; i++) {
			JsonNode next = json(
					officer.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), homes.get(i), a)), 200);
			assertThat(next.get("warning").isNull()).as("%d households", i + 1).isEqualTo(i >= 2);
		}
		// a sixth household is refused unless an officer overrides the rule with a reason
		assertThat(json(officer.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), homes.get(5), a)), 400)
			.get("detail")
			.asString()).startsWith("Lò Thị Ánh sẽ kèm 6 hộ, nhiều hơn 5. Chưa giao.");
		Map<String, Object> over = assignment(UUID.randomUUID(), homes.get(5), a);
		over.put("override", true);
		assertThat(json(officer.post("/api/fieldwork/assignments", over), 400).get("detail").asString())
			.isEqualTo("Hãy ghi lý do.");
		over.put("reason", "Bản xa, chỉ chị Ánh đi được");
		JsonNode last = json(officer.post("/api/fieldwork/assignments", over), 200);
		assertThat(last.get("warning").asString()).isEqualTo("ABOVE");
		assertThat(last.get("assignment").get("overrideReason").asString()).isEqualTo("Bản xa, chỉ chị Ánh đi được");
		assertThat(count("select count(*) from audit_event where action = 'HOUSEHOLD_ASSIGNED' and target_id = :p"
				+ " and details like '%Bản xa%'", String.valueOf(homes.get(5))))
			.isEqualTo(1);
		assertThat(json(officer.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), homes.get(0), a)), 400)
			.get("detail")
			.asString()).isEqualTo("Hộ này đã được giao cho tổ viên đó.");

		JsonNode moved = json(
				officer.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), homes.get(0), b)), 200);
		assertThat(moved.get("warning").asString()).isEqualTo("BELOW");
		JsonNode history = json(officer.get("/api/fieldwork/households/" + homes.get(0) + "/assignments"), 200);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("memberName").asString()).isEqualTo("Tao Văn Bình");
		assertThat(history.get(0).get("toDate").isNull()).isTrue();
		assertThat(history.get(1).get("memberName").asString()).isEqualTo("Lò Thị Ánh");
		assertThat(history.get(1).get("toDate").isNull()).isFalse();
		assertThat(history.get(1).get("endedBy").asString()).isEqualTo("kalang.officer");

		JsonNode board = json(officer.get("/api/fieldwork/teams/" + teamId + "/board"), 200);
		assertThat(board.get("members").get(0).get("load").get("households").asInt()).isEqualTo(5);
		assertThat(board.get("members").get(0).get("households")).hasSize(5);
		assertThat(board.get("members").get(1).get("load").get("households").asInt()).isEqualTo(1);

		// the member leaves: its five households are unassigned again, the history stays
		json(officer.post("/api/fieldwork/teams/" + teamId + "/members/" + a + "/remove", Map.of()), 200);
		String code2 = json(officer.get("/api/households/" + homes.get(1)), 200).get("code").asString();
		assertThat(json(officer.get("/api/fieldwork/posts/" + post + "/unassigned?q=" + code2), 200).get("items"))
			.hasSize(1);
		assertThat(json(officer.get("/api/fieldwork/households/" + homes.get(1) + "/assignments"), 200)).hasSize(1);
	}

	@Test
	void assignmentsStayInsideTheScopeAndThePostsCommunes() {
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long member = volunteer("kalang.officer", teamId, "Vàng Thị Dung");
		long theirs = family("huoiluong.officer", "Bản Huổi Luông").householdId();
		assertThat(
				api("kalang.officer").post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), theirs, member))
					.status())
			.isEqualTo(404);
		assertThat(json(api("admin").post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), theirs, member)),
				400)
			.get("detail")
			.asString()).isEqualTo("Hộ này không thuộc các xã do đồn Ka Lăng phụ trách.");
		long ours = family("kalang.officer", "Bản Ka Lăng").householdId();
		assertThat(
				api("huoiluong.officer").post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), ours, member))
					.status())
			.isEqualTo(404);
		assertThat(api("kalang.member").post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), ours, member))
			.status()).isEqualTo(403);
		assertThat(api("huoiluong.officer").get("/api/fieldwork/posts/" + postIdByName("Ka Lăng") + "/unassigned")
			.status()).isEqualTo(404);
	}

}
