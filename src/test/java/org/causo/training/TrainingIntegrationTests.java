package org.causo.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.shared.Scope;
import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class TrainingIntegrationTests extends IntegrationTest {

	@Autowired
	private Attendances attendances;

	@Autowired
	private ApplicationEvents events;

	static JsonNode ok(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response.json();
	}

	long newClass(ApiClient api, String hamlet, int capacity, LocalDate on) {
		return ok(api.post("/api/training/classes",
				Map.of("title", "Cài đặt VNeID " + unique(), "organiser", "TELECOM", "organiserName", "Viettel",
						"hamletId", unitIdByName(hamlet), "startsAt", on + "T08:00:00", "capacity", capacity, "skills",
						List.of("VNEID_INSTALLED", "VNEID_LEVEL2"))),
				201)
			.get("id")
			.asLong();
	}

	long resident(ApiClient api, String hamlet) {
		long household = ok(
				api.post("/api/households", Map.of("code", "TR-" + unique(), "hamletId", unitIdByName(hamlet))), 201)
			.get("id")
			.asLong();
		return ok(api.post("/api/residents", Map.of("householdId", household, "fullName", "Lò Thị Xiêm " + unique(),
				"sex", "FEMALE", "relation", "HEAD")), 201)
			.get("id")
			.asLong();
	}

	static Map<String, Object> attend(UUID id, long resident) {
		return Map.of("id", id.toString(), "residentId", resident);
	}

	@Test
	void capacityIsRespectedAndEachResidentAttendsOnce() {
		ApiClient api = api("kalang.officer");
		long c = newClass(api, "Bản Ka Lăng", 2, LocalDate.now(this.clock).minusDays(1));
		long a = resident(api, "Bản Ka Lăng");
		long b = resident(api, "Bản Pa Thắng");
		ok(api.post("/api/training/classes/" + c + "/attendances", attend(UUID.randomUUID(), a)), 200);
		ApiClient.Response twice = api.post("/api/training/classes/" + c + "/attendances",
				attend(UUID.randomUUID(), a));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().get("detail").asString()).contains("đã được ghi danh");
		ok(api.post("/api/training/classes/" + c + "/attendances", attend(UUID.randomUUID(), b)), 200);
		ApiClient.Response full = api.inLanguage("en")
			.post("/api/training/classes/" + c + "/attendances", attend(UUID.randomUUID(), resident(api, "Bản Hà Xe")));
		assertThat(full.status()).isEqualTo(400);
		assertThat(full.json().get("detail").asString()).contains("The class is full (2 places)");
		Map<String, Object> walkIn = Map.of("id", UUID.randomUUID().toString(), "fullName", "Vàng A Chứ", "sex",
				"MALE");
		assertThat(api.post("/api/training/classes/" + c + "/walk-ins", walkIn).status()).isEqualTo(400);
		assertThat(ok(api.get("/api/training/classes/" + c), 200).get("attendances").asInt()).isEqualTo(2);
	}

	@Test
	void aWalkInBecomesAResidentInANewOrAnExistingHousehold() {
		ApiClient api = api("kalang.member");
		long c = newClass(api("kalang.officer"), "Bản Gò Cứ", 30, LocalDate.now(this.clock));
		String name = "Giàng Thị Sua " + unique();
		JsonNode first = ok(api.post("/api/training/classes/" + c + "/walk-ins",
				Map.of("id", UUID.randomUUID().toString(), "fullName", name, "sex", "FEMALE", "birthYear", 1990)), 200);
		assertThat(first.get("walkIn").asBoolean()).isTrue();
		JsonNode resident = ok(api.get("/api/residents/" + first.get("residentId").asLong()), 200);
		assertThat(resident.get("fullName").asString()).isEqualTo(name);
		assertThat(resident.get("relation").asString()).isEqualTo("HEAD");
		JsonNode household = ok(api.get("/api/households/" + resident.get("householdId").asLong()), 200);
		assertThat(household.get("hamletId").asLong()).isEqualTo(unitIdByName("Bản Gò Cứ"));
		assertThat(household.get("code").asString()).startsWith("LH" + c + "-");

		Map<String, Object> second = new HashMap<>(
				Map.of("id", UUID.randomUUID().toString(), "fullName", "Giàng A Dình " + unique(), "sex", "MALE",
						"householdId", household.get("id").asLong(), "relation", "CHILD"));
		JsonNode child = ok(api.post("/api/training/classes/" + c + "/walk-ins", second), 200);
		assertThat(child.get("householdId").asLong()).isEqualTo(household.get("id").asLong());
		assertThat(ok(api.get("/api/households/" + household.get("id").asLong() + "/members"), 200)).hasSize(2);

		ok(api.post("/api/training/classes/" + c + "/walk-ins", second), 200);
		assertThat(ok(api.get("/api/households/" + household.get("id").asLong() + "/members"), 200)).hasSize(2);
		second.put("fullName", "Người khác");
		assertThat(api.post("/api/training/classes/" + c + "/walk-ins", second).status()).isEqualTo(409);
		JsonNode bad = ok(api.post("/api/training/classes/" + c + "/walk-ins",
				Map.of("id", UUID.randomUUID().toString(), "fullName", " ")), 400);
		assertThat(bad.get("errors")).hasSize(2);
		long households = this.jdbc.sql("select count(*) from household").query(Long.class).single();
		ok(api.post("/api/training/classes/" + c + "/walk-ins",
				Map.of("id", UUID.randomUUID().toString(), "fullName", "Lý A Sáng", "sex", "MALE", "phone", "12")),
				400);
		assertThat(this.jdbc.sql("select count(*) from household").query(Long.class).single()).isEqualTo(households);
		assertThat(ok(api.get("/api/training/classes/" + c + "/attendances"), 200).toString()).contains(name);
	}

	@Test
	void anAttendanceSentAgainChangesNothingAndWithOtherContentIsAConflict() {
		ApiClient api = api("kalang.officer");
		long c = newClass(api, "Bản Ka Lăng", 10, LocalDate.now(this.clock));
		long a = resident(api, "Bản Ka Lăng");
		UUID id = UUID.randomUUID();
		JsonNode first = ok(api.post("/api/training/classes/" + c + "/attendances", attend(id, a)), 200);
		JsonNode again = ok(api.post("/api/training/classes/" + c + "/attendances", attend(id, a)), 200);
		assertThat(again.get("recordedAt").asString()).isEqualTo(first.get("recordedAt").asString());
		ApiClient.Response other = api.inLanguage("fr")
			.post("/api/training/classes/" + c + "/attendances", attend(id, resident(api, "Bản Ka Lăng")));
		assertThat(other.status()).isEqualTo(409);
		assertThat(other.json().get("detail").asString()).contains("déjà servi");
		assertThat(ok(api.get("/api/training/classes/" + c), 200).get("attendances").asInt()).isEqualTo(1);
	}

	@Test
	void markingSkillsPublishesAnEventForEveryoneWhoAttendedAndIsKeptOnTheClass() {
		ApiClient api = api("kalang.officer");
		long c = newClass(api, "Bản Hà Xe", 10, LocalDate.now(this.clock).minusDays(2));
		long a = resident(api, "Bản Hà Xe");
		long b = resident(api, "Bản Hà Xe");
		for (long who : List.of(a, b)) {
			String id = ok(api.post("/api/training/classes/" + c + "/attendances", attend(UUID.randomUUID(), who)), 200)
				.get("id")
				.asString();
			ok(api.post("/api/training/classes/" + c + "/attendances/" + id + "/presence", Map.of("present", true)),
					200);
		}
		assertThat(api.post("/api/training/classes/" + c + "/skills", Map.of("skills", List.of("ZALO"))).status())
			.isEqualTo(400);
		assertThat(api("kalang.member").post("/api/training/classes/" + c + "/skills", Map.of()).status())
			.isEqualTo(403);
		assertThat(this.attendances.markSkills(Scope.all(), c, new SkillMarks(List.of("VNEID_INSTALLED"), null)))
			.isEqualTo(2);
		List<ClassSkillsReached> reached = this.events.stream(ClassSkillsReached.class)
			.filter((e) -> e.classId() == c)
			.toList();
		assertThat(reached).hasSize(1);
		assertThat(reached.get(0).residentIds()).containsExactlyInAnyOrder(a, b);
		assertThat(reached.get(0).skillCodes()).containsExactly("VNEID_INSTALLED");
		assertThat(reached.get(0).reachedOn()).isEqualTo(LocalDate.now(this.clock).minusDays(2));
		assertThat(ok(api.post("/api/training/classes/" + c + "/skills", Map.of()), 200).get("marked").asInt())
			.isEqualTo(2);
		assertThat(ok(api.post("/api/training/classes/" + c + "/skills", Map.of()), 200).get("marked").asInt())
			.isZero();
		// fieldwork records them as skills reached at a class, dated the day of the class
		for (long resident : List.of(a, b)) {
			JsonNode skills = ok(api.get("/api/fieldwork/residents/" + resident + "/skills"), 200).get("skills");
			Map<String, String> reachedAt = new java.util.HashMap<>();
			skills.forEach((state) -> {
				if (state.hasNonNull("reachedOn")) {
					reachedAt.put(state.get("skill").get("code").asString(),
							state.get("method").asString() + " " + state.get("reachedOn").asString());
				}
			});
			String day = LocalDate.now(this.clock).minusDays(2).toString();
			assertThat(reachedAt).containsOnly(Map.entry("VNEID_INSTALLED", "CLASS " + day),
					Map.entry("VNEID_LEVEL2", "CLASS " + day));
		}
		JsonNode list = ok(api.get("/api/training/classes/" + c + "/attendances"), 200);
		assertThat(list.get(0).get("attendance").get("skillsMarked").toString())
			.isEqualTo("[\"VNEID_INSTALLED\",\"VNEID_LEVEL2\"]");
		long future = newClass(api, "Bản Hà Xe", 10, LocalDate.now(this.clock).plusDays(3));
		assertThat(api.post("/api/training/classes/" + future + "/skills", Map.of()).status()).isEqualTo(400);
	}

	@Test
	void classesOfferAndTakeOnlyTheCatalogueSkillsStillTaught() {
		ApiClient admin = api("admin");
		String code = "TR_" + unique().toUpperCase(java.util.Locale.ROOT);
		long skill = ok(admin.post("/api/fieldwork/skills", Map.of("code", code, "nameVi", "Kỹ năng " + code, "nameEn",
				"Skill " + code, "nameFr", "Cours " + code)), 201)
			.get("id")
			.asLong();
		ApiClient api = api("kalang.officer");
		assertThat(codes(ok(api.get("/api/training/skills"), 200))).contains(code, "ZALO", "PUBLIC_SERVICES");
		long c = ok(api.post("/api/training/classes", classDraft(List.of(code, "ZALO"))), 201).get("id").asLong();
		long a = resident(api, "Bản Ka Lăng");
		String enrolled = ok(api.post("/api/training/classes/" + c + "/attendances", attend(UUID.randomUUID(), a)), 200)
			.get("id")
			.asString();
		ok(api.post("/api/training/classes/" + c + "/attendances/" + enrolled + "/presence", Map.of("present", true)),
				200);

		ok(admin.post("/api/fieldwork/skills/" + skill + "/retire", Map.of()), 200);
		assertThat(codes(ok(api.get("/api/training/skills"), 200))).doesNotContain(code).contains("ZALO");
		ApiClient.Response retired = api.post("/api/training/classes", classDraft(List.of(code)));
		assertThat(retired.status()).isEqualTo(400);
		assertThat(retired.json().get("detail").asString()).contains("Kỹ năng " + code + " đã ngừng giảng dạy");
		ApiClient.Response unknown = api.inLanguage("en")
			.post("/api/training/classes", classDraft(List.of("ZALO", "FLYING_A_KITE")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("detail").asString()).isEqualTo("Skill FLYING_A_KITE is not in the catalogue.");

		// the class keeps the retired skill, but it is marked no more
		ApiClient.Response mark = api.inLanguage("en")
			.post("/api/training/classes/" + c + "/skills", Map.of("skills", List.of(code)));
		assertThat(mark.status()).isEqualTo(400);
		assertThat(mark.json().get("detail").asString())
			.isEqualTo("Skill " + code + " is retired: it cannot be taught or marked any more.");
		assertThat(ok(api.post("/api/training/classes/" + c + "/skills", Map.of()), 200).get("marked").asInt())
			.isEqualTo(1);
		assertThat(ok(api.get("/api/training/classes/" + c + "/attendances"), 200).get(0)
			.get("attendance")
			.get("skillsMarked")
			.toString()).isEqualTo("[\"ZALO\"]");
		String page = loggedIn("kalang.officer").get("/classes/" + c).body();
		assertThat(page).contains("Kỹ năng " + code).contains("Sử dụng Zalo").doesNotContain("value=\"" + code + "\"");
	}

	private Map<String, Object> classDraft(List<String> skills) {
		return Map.of("title", "Lớp " + unique(), "organiser", "POST", "hamletId", unitIdByName("Bản Ka Lăng"),
				"startsAt", LocalDate.now(this.clock).minusDays(1) + "T08:00:00", "capacity", 20, "skills", skills);
	}

	private static List<String> codes(JsonNode skills) {
		List<String> codes = new java.util.ArrayList<>();
		skills.forEach((s) -> codes.add(s.get("code").asString()));
		return codes;
	}

	@Test
	void badClassesAreRefusedWithMessages() {
		ApiClient api = api("kalang.officer");
		JsonNode bad = ok(api.post("/api/training/classes", Map.of("title", " ", "capacity", 0, "skills",
				List.of("FLYING"), "hamletId", unitIdByName("Bản Huổi Luông"))), 400);
		assertThat(bad.get("errors")).hasSize(6);
		assertThat(api.post("/api/training/classes", "[]").status()).isEqualTo(400);
	}

	@Test
	void totalsCountClassesHeldAndAttendancesPerPostAndCommune() {
		ApiClient api = api("kalang.commander");
		LocalDate day = LocalDate.now(this.clock).minusDays(1);
		long post = postIdByName("Ka Lăng");
		String period = "?post=" + post + "&from=" + day + "&to=" + day;
		JsonNode before = ok(api.get("/api/training/totals" + period), 200);
		long c = newClass(api, "Bản Ka Lăng", 10, day);
		newClass(api, "Bản Ka Lăng", 10, LocalDate.now(this.clock).plusDays(5));
		for (int i = 0; i < 4; i++) {
			String id = ok(api.post("/api/training/classes/" + c + "/attendances",
					attend(UUID.randomUUID(), resident(api, "Bản Ka Lăng"))), 200)
				.get("id")
				.asString();
			// enrolled four, three came: the totals count those present
			ok(api.post("/api/training/classes/" + c + "/attendances/" + id + "/presence", Map.of("present", i < 3)),
					200);
		}
		JsonNode after = ok(api("analyst").get("/api/training/totals" + period), 200);
		assertThat(after.get("total").get("classes").asLong() - before.get("total").get("classes").asLong())
			.isEqualTo(1);
		assertThat(after.get("total").get("attendances").asLong() - before.get("total").get("attendances").asLong())
			.isEqualTo(3);
		assertThat(after.get("byCommune").toString()).contains("Thu Lũm");
		assertThat(api("huoiluong.commander").get("/api/training/totals?post=" + post).status()).isEqualTo(404);
		assertThat(api.get("/api/training/totals?from=" + day + "&to=" + day.minusDays(1)).status()).isEqualTo(400);
	}

	@Test
	void anotherPostsClassesDoNotExistAndRolesAreChecked() {
		ApiClient kalang = api("kalang.officer");
		ApiClient huoiluong = api("huoiluong.officer");
		long c = newClass(kalang, "Bản Pa Thắng", 10, LocalDate.now(this.clock));
		assertThat(huoiluong.get("/api/training/classes/" + c).status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/training/classes/" + c + "/attendances").status()).isEqualTo(404);
		assertThat(huoiluong
			.post("/api/training/classes/" + c + "/attendances",
					attend(UUID.randomUUID(), resident(huoiluong, "Bản Huổi Luông")))
			.status()).isEqualTo(404);
		assertThat(huoiluong
			.post("/api/training/classes/" + c + "/walk-ins",
					Map.of("id", UUID.randomUUID().toString(), "fullName", "X", "sex", "MALE"))
			.status()).isEqualTo(404);
		long theirs = resident(huoiluong, "Bản Huổi Luông");
		assertThat(
				kalang.post("/api/training/classes/" + c + "/attendances", attend(UUID.randomUUID(), theirs)).status())
			.isEqualTo(404);
		assertThat(huoiluong.get("/api/training/classes?size=200").body()).doesNotContain("\"id\":" + c + ",");
		assertThat(api("analyst").get("/api/training/classes").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/training/totals").status()).isEqualTo(200);
		assertThat(api("kalang.member").post("/api/training/classes", Map.of()).status()).isEqualTo(403);
		assertThat(api("admin").get("/api/training/classes/" + c).status()).isEqualTo(200);
	}

}
