package org.causo.fieldwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.causo.skills.SkillView;
import org.causo.support.ApiClient;
import org.causo.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Skills have an age rule: a toddler does not "miss" VNeID level 2 (users' review, item
 * 5). One household made here: the head (born 1980), his wife (1985), a 16-year-old, a
 * 12-year-old, a toddler (2 this year) and a relative whose birth year is not known.
 */
class SkillAgeRuleIntegrationTests extends FieldworkTest {

	private String tag;

	private long household;

	private long head;

	private long wife;

	private long teen;

	private long child;

	private long toddler;

	private long unknown;

	@BeforeEach
	void aHouseholdWithAToddlerAndAdults() {
		ApiClient officer = api("kalang.officer");
		this.tag = "age" + unique();
		int year = LocalDate.now(this.clock).getYear();
		this.household = json(
				officer.post("/api/households",
						Map.of("code", this.tag.toUpperCase(Locale.ROOT), "hamletId", unitIdByName("Bản Ka Lăng"))),
				201)
			.get("id")
			.asLong();
		this.head = resident(officer, "Head", "HEAD", 1980);
		this.wife = resident(officer, "Wife", "SPOUSE", 1985);
		this.teen = resident(officer, "Teen", "CHILD", year - 16);
		this.child = resident(officer, "Child", "CHILD", year - 12);
		this.toddler = resident(officer, "Toddler", "GRANDCHILD", year - 2);
		this.unknown = resident(officer, "Unknown", "OTHER_RELATIVE", null);
	}

	@Test
	void theSkillsMissingOfEachResidentFollowTheirAge() {
		ApiClient member = api("kalang.member");
		assertThat(missing(member, this.toddler)).doesNotContainAnyElementsOf(seeded());
		assertThat(missing(member, this.child)).filteredOn(seeded()::contains)
			.containsExactlyInAnyOrder("SMARTPHONE", "ZALO", "SCAM_AWARENESS");
		assertThat(missing(member, this.teen)).filteredOn(seeded()::contains)
			.containsExactlyInAnyOrderElementsOf(seeded().stream().filter((c) -> !c.equals("SELL_ONLINE")).toList());
		assertThat(missing(member, this.wife)).containsAll(seeded());
		assertThat(missing(member, this.unknown)).containsAll(seeded());
		String page = loggedIn("kalang.member").get("/residents/" + this.toddler + "/skills").body();
		assertThat(page).contains("Còn thiếu (0)").contains("id=\"not-yet\"");
	}

	@Test
	void theRegistryFilterAndItsExportCountOnlyResidentsTheSkillIsFor() {
		ApiClient officer = api("kalang.officer");
		assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=VNEID_LEVEL2"))
			.containsExactlyInAnyOrder(this.head, this.wife, this.teen, this.unknown);
		assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=SMARTPHONE"))
			.containsExactlyInAnyOrder(this.head, this.wife, this.teen, this.child, this.unknown);
		assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=SELL_ONLINE"))
			.containsExactlyInAnyOrder(this.head, this.wife, this.unknown);
		String csv = officer.get("/api/residents/export?format=csv&q=" + this.tag + "&missingSkill=VNEID_LEVEL2")
			.body();
		assertThat(csv).contains(name("Teen")).doesNotContain(name("Toddler")).doesNotContain(name("Child"));
	}

	@Test
	void myHouseholdsAndTheVisitFormLeaveOutSkillsNotYetForAResident() {
		long teamId = team("kalang.officer", "Ka Lăng").get("id").asLong();
		long me = officerMember("kalang.officer", teamId, "kalang.member");
		json(api("kalang.officer").post("/api/fieldwork/assignments",
				assignment(UUID.randomUUID(), this.household, me)), 200);
		int expected = 0;
		for (JsonNode s : json(api("kalang.member").get("/api/fieldwork/skills"), 200)) {
			SkillView skill = new SkillView(0, "", "", "", "", 0, false, s.get("minAge").asInt(),
					s.get("headsOnly").asBoolean());
			int year = LocalDate.now(this.clock).getYear();
			for (Integer born : new Integer[] { 1980, 1985, year - 16, year - 12, year - 2, null }) {
				expected += skill.appliesTo(born, born != null && born == 1980, year) ? 1 : 0;
			}
		}
		WebSession member = loggedIn("kalang.member");
		String mine = member.get("/fieldwork/my-households").body();
		String card = mine.substring(mine.indexOf("id=\"household-" + this.household + "\""));
		card = card.substring(0, card.indexOf("Ghi lần thăm"));
		assertThat(card).contains(expected + " (cộng cả hộ)").contains("Sử dụng điện thoại thông minh (5 người");

		String form = member.get("/fieldwork/visits/new?household=" + this.household).body();
		long smartphone = skillId("SMARTPHONE");
		long level2 = skillId("VNEID_LEVEL2");
		assertThat(form).contains("value=\"" + this.child + "-" + smartphone + "\"")
			.doesNotContain("value=\"" + this.child + "-" + level2 + "\"")
			.doesNotContain("value=\"" + this.toddler + "-")
			.contains("value=\"" + this.teen + "-" + level2 + "\"");
	}

	@Test
	void theAdminSetsWhomASkillIsForOnThePageAndTheApi() {
		ApiClient admin = api("admin");
		String code = "AGE_" + unique().toUpperCase(Locale.ROOT);
		JsonNode created = json(admin.post("/api/fieldwork/skills", Map.of("code", code, "nameVi", "Dùng bản đồ",
				"nameEn", "Using maps", "nameFr", "Utiliser les cartes", "minAge", 16)), 201);
		long id = created.get("id").asLong();
		assertThat(created.get("minAge").asInt()).isEqualTo(16);
		assertThat(created.get("headsOnly").asBoolean()).isFalse();
		try {
			ApiClient officer = api("kalang.officer");
			assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=" + code))
				.containsExactlyInAnyOrder(this.head, this.wife, this.teen, this.unknown);

			JsonNode tooOld = json(admin.inLanguage("en")
				.put("/api/fieldwork/skills/" + id, Map.of("nameVi", "Dùng bản đồ", "nameEn", "Using maps", "nameFr",
						"Utiliser les cartes", "minAge", 121)),
					400);
			assertThat(tooOld.get("detail").asString()).contains("The minimum age is a number from 0 to 120.");

			WebSession page = loggedIn("admin");
			page.get("/fieldwork/skills");
			WebSession.Page saved = page.post("/fieldwork/skills/" + id, Map.of("nameVi", "Dùng bản đồ", "nameEn",
					"Using maps", "nameFr", "Utiliser les cartes", "minAge", "0", "headsOnly", "true"));
			assertThat(saved.status()).as(saved.body()).isEqualTo(302);
			assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=" + code))
				.containsExactly(this.head);
			assertThat(page.get("/fieldwork/skills").body()).contains("Chỉ chủ hộ").contains("Từ 10 tuổi và chủ hộ");
			WebSession.Page refused = page.post("/fieldwork/skills/" + id,
					Map.of("nameVi", "Dùng bản đồ", "nameEn", "Using maps", "nameFr", "Cartes", "minAge", "-1"));
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.body()).contains("Tuổi tối thiểu là một số từ 0 đến 120.");
		}
		finally {
			json(admin.post("/api/fieldwork/skills/" + id + "/retire", Map.of()), 200);
		}
	}

	private List<String> seeded() {
		return List.of("SMARTPHONE", "VNEID_INSTALLED", "VNEID_LEVEL2", "QR_PAYMENT", "PUBLIC_SERVICES",
				"HEALTH_INSURANCE", "ZALO", "SELL_ONLINE", "SCAM_AWARENESS");
	}

	private List<String> missing(ApiClient api, long resident) {
		List<String> codes = new ArrayList<>();
		for (JsonNode s : json(api.get("/api/fieldwork/residents/" + resident + "/skills"), 200).get("skills")) {
			if (s.get("reachedOn").isNull() && s.get("applies").asBoolean()) {
				codes.add(s.get("skill").get("code").asString());
			}
		}
		return codes;
	}

	private long resident(ApiClient api, String given, String relation, Integer born) {
		Map<String, Object> r = new HashMap<>();
		r.put("householdId", this.household);
		r.put("fullName", name(given));
		r.put("sex", "FEMALE");
		r.put("relation", relation);
		if (born != null) {
			r.put("birthYear", born);
		}
		return json(api.post("/api/residents", r), 201).get("id").asLong();
	}

	private String name(String given) {
		return "Lò " + this.tag + " " + given;
	}

	private static List<Long> ids(ApiClient api, String path) {
		List<Long> ids = new ArrayList<>();
		json(api.get(path), 200).get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

}
