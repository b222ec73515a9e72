package org.causo.fieldwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 3–5 households rule refuses a sixth without an override, for one household or a
 * batch; a household is unassigned with a reason; the unassigned list is searched by
 * hamlet name without diacritics; a support member cannot assign through sync (M11).
 */
class AssignmentRulesIntegrationTests extends FieldworkTest {

	@Test
	void aSupportMemberCannotAssignThroughSyncAsThePagesForbidIt() {
		Family f = family("kalang.officer", "Bản Ka Lăng", "Giàng A Dơ");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long me = officerMember("kalang.officer", teamId, "kalang.member");
		Map<String, Object> event = new HashMap<>(assignment(UUID.randomUUID(), f.householdId(), me));
		event.put("kind", "ASSIGNMENT");
		JsonNode acks = json(api("kalang.member").post("/api/fieldwork/events", Map.of("events", List.of(event))), 200);
		assertThat(acks.get("acks").get(0).get("status").asString()).isEqualTo("FORBIDDEN");
		assertThat(count("select count(*) from assignment where household_id = :p", f.householdId())).isZero();
		assertThat(api("kalang.member")
			.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), f.householdId(), me))
			.status()).isEqualTo(403);
		JsonNode byOfficer = json(api("kalang.officer").post("/api/fieldwork/events", Map.of("events", List.of(event))),
				200);
		assertThat(byOfficer.get("acks").get(0).get("status").asString()).isEqualTo("STORED");
	}

	@Test
	void aBatchIsAssignedWholeAndTheRuleAppliesToTheBatch() {
		ApiClient officer = api("kalang.officer");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long member = volunteer("kalang.officer", teamId, "Vàng Thị Mỷ");
		List<Long> homes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			homes.add(family("kalang.officer", "Bản Ka Lăng", "Hộ " + i).householdId());
		}
		JsonNode refused = json(officer.inLanguage("en")
			.post("/api/fieldwork/assignments/batch", Map.of("memberId", member, "householdIds", homes)), 400);
		assertThat(refused.get("detail").asString())
			.startsWith("Vàng Thị Mỷ would look after 6 households, more than 5. Nothing was assigned.");
		assertThat(count("select count(*) from assignment where member_id = :p", member)).isZero();

		JsonNode four = json(officer.post("/api/fieldwork/assignments/batch",
				Map.of("memberId", member, "householdIds", homes.subList(0, 4))), 200);
		assertThat(four).hasSize(4);
		assertThat(four.get(3).get("load").get("households").asInt()).isEqualTo(4);
		assertThat(json(officer.post("/api/fieldwork/assignments/batch",
				Map.of("memberId", member, "householdIds", homes.subList(4, 6))), 400)
			.get("detail")
			.asString()).startsWith("Vàng Thị Mỷ sẽ kèm 6 hộ");
		assertThat(officer.post("/api/fieldwork/assignments/batch", Map.of("memberId", member)).status())
			.isEqualTo(400);

		WebSession page = loggedIn("kalang.officer");
		String path = "/fieldwork/teams/" + teamId + "/assignments";
		page.get(path);
		List<Map.Entry<String, String>> form = List.of(Map.entry("householdIds", String.valueOf(homes.get(4))),
				Map.entry("householdIds", String.valueOf(homes.get(5))), Map.entry("memberId", String.valueOf(member)),
				Map.entry("override", "true"), Map.entry("reason", " "));
		WebSession.Page noReason = page.post(path + "/batch", form);
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("Hãy ghi lý do.").doesNotContain("Đã lưu");
		List<Map.Entry<String, String>> withReason = new ArrayList<>(form);
		withReason.set(4, Map.entry("reason", "Hai hộ cạnh nhà chị Mỷ"));
		WebSession.Page saved = page.post(path + "/batch", withReason);
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(count("select count(*) from assignment where member_id = :p and to_date is null", member))
			.isEqualTo(6);
		// the reason stays on the assignment that went over the rule
		assertThat(
				count("select count(*) from assignment where member_id = :p and override_reason is not null", member))
			.isEqualTo(1);
	}

	@Test
	void aHouseholdIsUnassignedWithAReasonKeptInTheHistory() {
		ApiClient officer = api("kalang.officer");
		Family f = family("kalang.officer", "Bản Ka Lăng", "Sùng A Páo");
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long member = volunteer("kalang.officer", teamId, "Lù Văn Sáng");
		json(officer.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), f.householdId(), member)), 200);
		String path = "/api/fieldwork/households/" + f.householdId() + "/unassign";
		assertThat(json(officer.post(path, Map.of("reason", "  ")), 400).get("detail").asString())
			.isEqualTo("Hãy ghi lý do.");
		assertThat(api("kalang.member").post(path, Map.of("reason", "x")).status()).isEqualTo(403);
		JsonNode ended = json(officer.post(path, Map.of("reason", "Cả hộ đi làm ăn xa")), 200);
		assertThat(ended.get("endReason").asString()).isEqualTo("Cả hộ đi làm ăn xa");
		assertThat(ended.get("toDate").isNull()).isFalse();
		assertThat(json(officer.inLanguage("en").post(path, Map.of("reason", "again")), 400).get("detail").asString())
			.isEqualTo("Nobody looks after this household.");
		JsonNode history = json(officer.get("/api/fieldwork/households/" + f.householdId() + "/assignments"), 200);
		assertThat(history.get(0).get("endReason").asString()).isEqualTo("Cả hộ đi làm ăn xa");
		assertThat(count("select count(*) from audit_event where action = 'HOUSEHOLD_UNASSIGNED' and target_id = :p",
				String.valueOf(f.householdId())))
			.isEqualTo(1);

		json(officer.post("/api/fieldwork/assignments", assignment(UUID.randomUUID(), f.householdId(), member)), 200);
		WebSession page = loggedIn("kalang.officer");
		String board = "/fieldwork/teams/" + teamId + "/assignments";
		assertThat(page.get(board).body()).contains("Bỏ giao");
		WebSession.Page done = page.post(board + "/unassign",
				Map.of("householdId", String.valueOf(f.householdId()), "reason", "Chuyển tổ khác"));
		assertThat(done.status()).isEqualTo(302);
		assertThat(
				count("select count(*) from assignment where household_id = :p and to_date is null", f.householdId()))
			.isZero();
	}

	@Test
	void theUnassignedListIsFilteredByHamletAndSearchedByHamletNameWithoutDiacritics() {
		ApiClient officer = api("kalang.officer");
		String hamlet = "Bản Lò Suối Tủng";
		long hamletId = unitIdByName(hamlet);
		family("kalang.officer", hamlet, "Lò Văn Tủng");
		long post = postIdByName("Ka Lăng");
		String base = "/api/fieldwork/posts/" + post + "/unassigned";
		long inHamlet = json(officer.get(base + "?hamletId=" + hamletId), 200).get("total").asLong();
		assertThat(inHamlet).isPositive();
		assertThat(json(officer.get(base + "?q=lo+suoi+tung"), 200).get("total").asLong()).isEqualTo(inHamlet);
		assertThat(json(officer.get(base + "?q=L%C3%92+SU%E1%BB%90I"), 200).get("total").asLong()).isEqualTo(inHamlet);
		for (JsonNode h : json(officer.get(base + "?hamletId=" + hamletId + "&size=10"), 200).get("items")) {
			assertThat(h.get("hamletId").asLong()).isEqualTo(hamletId);
		}
		long team = team("kalang.officer", "Ka Lăng").get("id").asLong();
		WebSession.Page page = loggedIn("kalang.officer")
			.get("/fieldwork/teams/" + team + "/assignments?hamletId=" + hamletId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"householdIds\"").contains("selected=\"selected\">" + hamlet);
		// a support member reads the list but is offered no assigning
		WebSession.Page read = loggedIn("kalang.member")
			.get("/fieldwork/teams/" + team + "/assignments?hamletId=" + hamletId);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains(hamlet).doesNotContain("name=\"householdIds\"").doesNotContain("Bỏ giao");
	}

}
