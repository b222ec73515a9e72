package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch sync endpoint: 1,000 mixed events, acknowledged each, idempotent. */
class SyncIntegrationTests extends FieldworkTest {

	@Test
	void aThousandQueuedEventsOfMixedKindsAreAcknowledgedInOneRequestAndAReplayChangesNothing() {
		String today = LocalDate.now(this.clock).toString();
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long[] members = { volunteer("kalang.officer", teamId, "Lò Văn Một"),
				volunteer("kalang.officer", teamId, "Lò Văn Hai") };
		List<Family> families = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			families
				.add(family("kalang.officer", "Bản Gò Cứ", "Người A" + i, "Người B" + i, "Người C" + i, "Người D" + i));
		}
		List<Long> skills = new ArrayList<>();
		json(api("kalang.officer").get("/api/fieldwork/skills"), 200).forEach((s) -> skills.add(s.get("id").asLong()));
		assertThat(skills).hasSize(9);

		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> reaches = new ArrayList<>();
		for (int i = 0; i < families.size(); i++) {
			Family f = families.get(i);
			// two members for all the families: more than 5 each, so an officer's
			// override
			Map<String, Object> assignment = assignment(UUID.randomUUID(), f.householdId(), members[i % 2]);
			assignment.put("override", true);
			assignment.put("reason", "Hai tổ viên cho cả bản");
			events.add(event("ASSIGNMENT", assignment));
			Map<String, Object> visit = VisitsIntegrationTests.visit(UUID.randomUUID(), f.householdId(), today,
					List.of(members[i % 2]), List.of(skills.get(0)),
					List.of(VisitsIntegrationTests.reached(UUID.randomUUID(), f.resident(0), skills.get(0), null)),
					null, null);
			events.add(event("VISIT", visit));
			for (long resident : f.residents()) {
				for (long skill : skills) {
					if (resident != f.resident(0) || skill != skills.get(0)) {
						Map<String, Object> reach = event("SKILL_REACHED",
								reach(UUID.randomUUID(), resident, skill, today, "OBSERVED"));
						reaches.add(reach);
						events.add(reach);
					}
				}
			}
			events.add(event("SKILL_REVOKED",
					revoke(UUID.randomUUID(), f.resident(1), skills.get(1), "Chưa tự làm được " + i)));
		}
		events.addAll(reaches.subList(0, 48));
		Map<String, Object> conflict = new HashMap<>(reaches.get(100));
		conflict.put("skillId", skills.get(0).equals(conflict.get("skillId")) ? skills.get(1) : skills.get(0));
		events.add(conflict);
		events.add(Map.of("kind", "PHONE_HANDED_OVER", "id", UUID.randomUUID()));
		assertThat(events).hasSize(1000);

		ApiClient officer = api("kalang.officer").inLanguage("en");
		JsonNode first = json(officer.post("/api/fieldwork/events", Map.of("events", events)), 200);
		assertThat(first.get("received").asInt()).isEqualTo(1000);
		assertThat(first.get("stored").asInt()).as(first.get("acks").toString().substring(0, 2000)).isEqualTo(950);
		assertThat(first.get("replayed").asInt()).isEqualTo(48);
		assertThat(first.get("refused").asInt()).isEqualTo(2);
		assertThat(first.get("acks").get(998).get("status").asString()).isEqualTo("CONFLICT");
		assertThat(first.get("acks").get(999).get("status").asString()).isEqualTo("INVALID");
		assertThat(first.get("acks").get(999).get("errors").get(0).asString()).startsWith("This event cannot be read");

		long eventsBefore = this.jdbc.sql("select count(*) from skill_event").query(Long.class).single();
		JsonNode again = json(officer.post("/api/fieldwork/events", Map.of("events", events)), 200);
		assertThat(again.get("stored").asInt()).isZero();
		assertThat(again.get("replayed").asInt()).isEqualTo(998);
		assertThat(this.jdbc.sql("select count(*) from skill_event").query(Long.class).single())
			.isEqualTo(eventsBefore);

		Family f = families.get(3);
		JsonNode skillsOf = json(officer.get("/api/fieldwork/residents/" + f.resident(1) + "/skills"), 200);
		assertThat(skillsOf.get("history")).hasSize(10);
		assertThat(json(officer.get("/api/fieldwork/households/" + f.householdId() + "/visits"), 200)).hasSize(1);
		assertThat(json(officer.get("/api/fieldwork/teams/" + teamId + "/board"), 200).get("members")
			.get(1)
			.get("households")).hasSize(12);
		JsonNode rollup = json(officer.get("/api/fieldwork/hamlets/" + f.hamletId() + "/skills"), 200);
		long recount = this.jdbc
			.sql("select count(*) from resident_skill where hamlet_id = :h and skill_id = :s and counted")
			.param("h", f.hamletId())
			.param("s", skills.get(1))
			.query(Long.class)
			.single();
		assertThat(rollup.get(String.valueOf(skills.get(1))).asLong()).isEqualTo(recount);

		List<Object> tooMany = new ArrayList<>(events);
		tooMany.add(events.get(0));
		assertThat(json(officer.post("/api/fieldwork/events", Map.of("events", tooMany)), 400).get("detail").asString())
			.isEqualTo("A batch has at most 1000 events.");
	}

	@Test
	void eachEventKeepsItsScopeAndRole() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Tẩn A Lềnh");
		long skill = skillId("ZALO");
		List<Map<String, Object>> events = List.of(
				event("SKILL_REACHED", reach(UUID.randomUUID(), f.resident(0), skill, "2025-01-02", "OBSERVED")),
				event("SKILL_REACHED", reach(UUID.randomUUID(), f.resident(0), skill, "2025-01-02", null)));
		JsonNode other = json(api("huoiluong.member").post("/api/fieldwork/events", Map.of("events", events)), 200);
		assertThat(other.get("acks").get(0).get("status").asString()).isEqualTo("NOT_FOUND");
		JsonNode mine = json(
				api("kalang.member")
					.post("/api/fieldwork/events",
							Map.of("events", List.of(events.get(0), events.get(1),
									event("SKILL_REVOKED", revoke(UUID.randomUUID(), f.resident(0), skill, "sai"))))),
				200);
		assertThat(mine.get("acks").get(0).get("status").asString()).isEqualTo("STORED");
		assertThat(mine.get("acks").get(1).get("status").asString()).isEqualTo("INVALID");
		assertThat(mine.get("acks").get(1).get("errors").get(0).asString()).isEqualTo("Hãy chọn cách xác nhận.");
		assertThat(mine.get("acks").get(2).get("status").asString()).isEqualTo("FORBIDDEN");
		assertThat(api("analyst").post("/api/fieldwork/events", Map.of("events", List.of())).status()).isEqualTo(403);
		assertThat(api("kalang.member").post("/api/fieldwork/events", Map.of("nothing", 1)).status()).isEqualTo(400);
	}

	private static Map<String, Object> event(String kind, Map<String, Object> body) {
		Map<String, Object> event = new HashMap<>(body);
		event.put("kind", kind);
		return event;
	}

}
