package org.causo.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.json;
import static org.causo.registry.RegistryFixtures.resident;

/**
 * The household page is a hub: what fieldwork, training and devices know about the
 * household shows on it, through their sections.
 */
class HouseholdHubIntegrationTests extends IntegrationTest {

	@Test
	void aVisitAClassAttendedAndAPhoneHandedOverShowOnTheHouseholdPage() {
		ApiClient officer = api("kalang.officer");
		LocalDate today = LocalDate.now(this.clock);
		String code = "HUB-" + unique();
		long h = createHousehold(officer, household(code, unitIdByName("Bản Ka Lăng")));
		long head = createResident(officer, resident(h, "Lò Văn Trung", "HEAD"));

		String teamName = "Tổ " + unique();
		long team = json(
				officer.post("/api/fieldwork/teams", Map.of("postId", postIdByName("Ka Lăng"), "name", teamName)), 201)
			.get("id")
			.asLong();
		long member = 0;
		for (var m : json(officer.post("/api/fieldwork/teams/" + team + "/volunteers",
				Map.of("name", "Vàng Thị Mai", "affiliation", "Đoàn thanh niên")), 200)
			.get("members")) {
			member = m.get("id").asLong();
		}
		json(officer.post("/api/fieldwork/assignments",
				Map.of("id", UUID.randomUUID(), "householdId", h, "memberId", member)), 200);
		Map<String, Object> visit = new HashMap<>();
		visit.put("id", UUID.randomUUID());
		visit.put("householdId", h);
		visit.put("visitedOn", today.minusDays(3).toString());
		visit.put("memberIds", List.of(member));
		visit.put("taughtSkillIds", List.of());
		visit.put("reached", List.of());
		visit.put("note", "Đã hướng dẫn cài Zalo");
		json(officer.post("/api/fieldwork/visits", visit), 200);

		String classTitle = "Lớp VNeID " + unique();
		long c = json(officer.post("/api/training/classes",
				Map.of("title", classTitle, "organiser", "POST", "hamletId", unitIdByName("Bản Ka Lăng"), "startsAt",
						today.minusDays(2) + "T08:00:00", "capacity", 20, "skills", List.of("VNEID_INSTALLED"))),
				201)
			.get("id")
			.asLong();
		UUID enrolled = UUID.randomUUID();
		json(officer.post("/api/training/classes/" + c + "/attendances",
				Map.of("id", enrolled.toString(), "residentId", head)), 200);
		// enrolled is not attended: the class shows once he is marked present
		json(officer.post("/api/training/classes/" + c + "/attendances/" + enrolled + "/presence",
				Map.of("present", true)), 200);

		ApiClient commander = api("kalang.commander");
		long donor = json(
				commander.post("/api/devices/donors", Map.of("name", "Viettel " + unique(), "kind", "ORGANISATION")),
				201)
			.get("id")
			.asLong();
		long donation = json(commander.post("/api/devices/donations",
				Map.of("postId", postIdByName("Ka Lăng"), "donorId", donor, "donatedOn", today.minusDays(10).toString(),
						"deviceCount", 1, "model", "Hub Phone X1", "valueVnd", 1500000)),
				201)
			.get("id")
			.asLong();
		long device = json(commander.post("/api/devices/devices", Map.of("donationId", donation, "identifierKind",
				"SERIAL", "identifier", "HUB" + unique(), "condition", "NEW")), 201)
			.get("id")
			.asLong();
		UUID handover = UUID.randomUUID();
		json(commander.post("/api/devices/handovers", Map.of("id", handover.toString(), "deviceId", device,
				"householdId", h, "residentId", head, "handedOn", today.minusDays(1).toString())), 200);
		json(commander.post("/api/devices/handovers/" + handover + "/follow-ups",
				Map.of("id", UUID.randomUUID().toString(), "visitedOn", today.toString(), "used", true)), 200);

		String page = loggedIn("kalang.officer").get("/households/" + h).body();
		assertThat(section(page, "household-fieldwork")).contains("Vàng Thị Mai")
			.contains(teamName)
			.contains("Đã hướng dẫn cài Zalo")
			.contains("Lò Văn Trung");
		assertThat(section(page, "household-classes")).contains(classTitle).contains("Lò Văn Trung");
		assertThat(section(page, "household-phones")).contains("Hub Phone X1")
			.contains("Lò Văn Trung")
			.contains("Có dùng");
		assertThat(loggedIn("kalang.member").get("/households/" + h).body()).contains("Hub Phone X1");
		assertThat(loggedIn("huoiluong.officer").get("/households/" + h).status()).isEqualTo(404);
	}

	private static String section(String page, String id) {
		int from = page.indexOf("id=\"" + id + "\"");
		assertThat(from).as(id + " on the page").isPositive();
		return page.substring(from, page.indexOf("</section>", from));
	}

}
