package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Visits with skills reached and survey answers, and the member's own households. */
class VisitsIntegrationTests extends FieldworkTest {

	@Test
	void aVisitRecordsSkillEventsAndASurveyObservationOnce() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Lý A Páo", "Lý Thị Dinh");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long me = officerMember("kalang.officer", teamId, "kalang.member");
		long zalo = skillId("ZALO");
		long qr = skillId("QR_PAYMENT");
		UUID visitId = UUID.randomUUID();
		UUID surveyId = UUID.randomUUID();
		Map<String, Object> visit = visit(visitId, f.householdId(), today(-1), List.of(me), List.of(zalo, qr),
				List.of(reached(UUID.randomUUID(), f.resident(0), zalo, null),
						reached(UUID.randomUUID(), f.resident(1), qr, "SELF_REPORTED")),
				Map.of("id", surveyId, "smartphones", 1, "featurePhones", 1), "Con trai đã cài Zalo cho bố");
		ApiClient member = api("kalang.member");
		JsonNode stored = json(member.post("/api/fieldwork/visits", visit), 200);
		assertThat(stored.get("reachedEventIds")).hasSize(2);
		assertThat(stored.get("surveyId").asString()).isEqualTo(surveyId.toString());
		assertThat(stored.get("taughtSkillIds")).hasSize(2);

		JsonNode skills = json(member.get("/api/fieldwork/residents/" + f.resident(1) + "/skills"), 200);
		assertThat(skills.get("history").get(0).get("method").asString()).isEqualTo("SELF_REPORTED");
		assertThat(skills.get("history").get(0).get("visitId").asString()).isEqualTo(visitId.toString());
		JsonNode surveys = json(member.get("/api/households/" + f.householdId() + "/surveys"), 200);
		assertThat(surveys.toString()).contains(surveyId.toString());
		assertThat(surveys.get(0).get("answers").get("observedOn").asString()).isEqualTo(today(-1));

		JsonNode again = json(member.post("/api/fieldwork/visits", visit), 200);
		assertThat(again.get("recordedAt").asString()).isEqualTo(stored.get("recordedAt").asString());
		assertThat(count("select count(*) from skill_event where visit_id = :p", visitId)).isEqualTo(2);
		visit.put("note", "Một ghi chú khác");
		assertThat(member.post("/api/fieldwork/visits", visit).status()).isEqualTo(409);
		assertThat(json(member.get("/api/fieldwork/households/" + f.householdId() + "/visits"), 200)).hasSize(1);
		assertThat(count("select count(*) from audit_event where action = 'VISIT_RECORDED' and target_id = :p",
				String.valueOf(f.householdId())))
			.isEqualTo(1);
	}

	@Test
	void aVisitsQuickSurveyKeepsWhatTheHouseholdsSurveyKnew() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Lý A Sử");
		long me = officerMember("kalang.officer", team("kalang.officer", "Ka Lăng").get("id").asLong(),
				"kalang.member");
		ApiClient member = api("kalang.member");
		Map<String, Object> full = new HashMap<>();
		full.put("id", UUID.randomUUID());
		full.put("observedOn", today(-40));
		full.put("smartphones", 0);
		full.put("featurePhones", 1);
		full.put("signal", Map.of("VIETTEL", Map.of("network", "G4", "bars", 3)));
		full.put("electricity", true);
		full.put("internet", false);
		full.put("canAffordPhone", true);
		json(member.post("/api/households/" + f.householdId() + "/surveys", full), 200);
		json(member.post("/api/fieldwork/visits", visit(UUID.randomUUID(), f.householdId(), today(-1), List.of(me),
				List.of(), List.of(), Map.of("id", UUID.randomUUID(), "smartphones", 1), null)), 200);

		JsonNode now = json(member.get("/api/households/" + f.householdId() + "/surveys/current"), 200);
		assertThat(now.get("answers").get("smartphones").asInt()).isEqualTo(1);
		assertThat(now.get("answers").get("featurePhones").asInt()).isEqualTo(1);
		assertThat(now.get("answers").get("electricity").asBoolean()).isTrue();
		assertThat(now.get("answers").get("canAffordPhone").asBoolean()).isTrue();
		assertThat(now.get("answers").get("signal").get("VIETTEL").get("network").asString()).isEqualTo("G4");
		assertThat(now.get("answeredOn").get("ELECTRICITY").asString()).isEqualTo(today(-40));
		String page = loggedIn("kalang.officer").get("/households/" + f.householdId()).body();
		assertThat(page).contains("<dt>Có điện</dt><dd><span>Có</span>");
	}

	@Test
	void badVisitsAreRefusedInTheCallersLanguageAndOtherPostsHouseholdsDoNotExist() {
		Family f = family("kalang.officer", "Bản Pa Thắng", "Sần A Phủ");
		Family other = family("kalang.officer", "Bản Pa Thắng", "Sần Thị Lan");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long me = officerMember("kalang.officer", teamId, "kalang.member");
		ApiClient member = api("kalang.member").inLanguage("en");
		JsonNode bad = json(member.post("/api/fieldwork/visits",
				visit(UUID.randomUUID(), f.householdId(), today(2), List.of(), List.of(),
						List.of(reached(UUID.randomUUID(), other.resident(0), skillId("ZALO"), null)), null, null)),
				400);
		assertThat(bad.get("detail").asString()).contains("The date cannot be in the future")
			.contains("Choose at least one member who was there.")
			.contains("Skills reached must be of residents of the household");
		assertThat(
				api("huoiluong.member")
					.post("/api/fieldwork/visits",
							visit(UUID.randomUUID(), f.householdId(), today(0), List.of(me), List.of(), List.of(), null,
									null))
					.status())
			.isEqualTo(404);
		assertThat(api("huoiluong.member").get("/api/fieldwork/households/" + f.householdId() + "/visits").status())
			.isEqualTo(404);
		assertThat(api("analyst").get("/api/fieldwork/my-households").status()).isEqualTo(403);
	}

	@Test
	void myHouseholdsShowWhatIsMissingTheLastVisitAndWhatToDoNext() {
		Family visited = family("kalang.officer", "Bản Hà Xe", "Thào A Vừ", "Thào Thị Chứ");
		Family fresh = family("kalang.officer", "Bản Hà Xe", "Giàng A Tủa");
		Family stale = family("kalang.officer", "Bản Hà Xe", "Cứ A Dình");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long me = officerMember("kalang.officer", teamId, "kalang.member");
		ApiClient officer = api("kalang.officer");
		for (Family f : List.of(visited, fresh, stale)) {
			json(officer.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), f.householdId(), me)), 200);
		}
		long smartphone = skillId("SMARTPHONE");
		json(api("kalang.member").post("/api/fieldwork/visits",
				visit(UUID.randomUUID(), visited.householdId(), today(-2), List.of(me), List.of(smartphone),
						List.of(reached(UUID.randomUUID(), visited.resident(0), smartphone, null),
								reached(UUID.randomUUID(), visited.resident(1), smartphone, null)),
						Map.of("id", UUID.randomUUID(), "smartphones", 2), null)),
				200);
		json(api("kalang.member").post("/api/fieldwork/visits", visit(UUID.randomUUID(), stale.householdId(), today(-3),
				List.of(me), List.of(), List.of(), Map.of("id", UUID.randomUUID(), "observedOn", today(-200)), null)),
				200);

		JsonNode mine = json(api("kalang.member").get("/api/fieldwork/my-households"), 200);
		int active = json(api("kalang.member").get("/api/fieldwork/skills"), 200).size();
		JsonNode v = find(mine, visited.householdId());
		assertThat(v.get("lastVisit").asString()).isEqualTo(today(-2));
		assertThat(v.get("missing").asInt()).isEqualTo(2 * (active - 1));
		assertThat(v.get("residents").get(0).get("missing")).hasSize(active - 1);
		assertThat(v.get("next")).hasSize(1);
		assertThat(v.get("next").get(0).get("kind").asString()).isEqualTo("TEACH");
		assertThat(v.get("next").get(0).get("skill").get("code").asString()).isNotEqualTo("SMARTPHONE");
		assertThat(v.get("next").get(0).get("residents").asInt()).isEqualTo(2);

		JsonNode f = find(mine, fresh.householdId());
		assertThat(f.get("lastVisit").isNull()).isTrue();
		assertThat(f.get("next").findValues("kind").stream().map(JsonNode::asString)).containsExactly("FIRST_VISIT",
				"SURVEY", "TEACH");
		JsonNode s = find(mine, stale.householdId());
		assertThat(s.get("next").findValues("kind").stream().map(JsonNode::asString)).containsExactly("SURVEY",
				"TEACH");

		assertThat(json(api("kalang.commander").get("/api/fieldwork/my-households"), 200).toString())
			.doesNotContain("\"id\":" + visited.householdId() + ",");
	}

	private static JsonNode find(JsonNode mine, long householdId) {
		for (JsonNode h : mine) {
			if (h.get("household").get("id").asLong() == householdId) {
				return h;
			}
		}
		throw new AssertionError("household " + householdId + " not in " + mine);
	}

	static Map<String, Object> visit(UUID id, long household, String on, List<Long> members, List<Long> taught,
			List<Map<String, Object>> reached, Map<String, Object> survey, String note) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("householdId", household);
		body.put("visitedOn", on);
		body.put("memberIds", members);
		body.put("taughtSkillIds", taught);
		body.put("reached", reached);
		body.put("survey", survey);
		body.put("note", note);
		return body;
	}

	static Map<String, Object> reached(UUID id, long resident, long skill, String method) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("residentId", resident);
		body.put("skillId", skill);
		body.put("method", method);
		return body;
	}

	private String today(int plusDays) {
		return LocalDate.now(this.clock).plusDays(plusDays).toString();
	}

}
