package org.causo.registry;

import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.resident;

/** The registry pages with JavaScript off: forms, scope, roles, the audited reveal. */
class RegistryPagesIntegrationTests extends IntegrationTest {

	@Test
	void anOfficerCreatesAHouseholdAMemberAndASurveyThroughTheForms() {
		WebSession web = loggedIn("kalang.officer");
		String code = "KL-" + unique();
		web.get("/households/new");
		WebSession.Page bad = web.post("/households", Map.of("code", "sai mã!", "hamletId", ""));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Mã hộ chỉ gồm chữ, số").contains("Hãy chọn một bản trong phạm vi của bạn.");
		WebSession.Page saved = web.post("/households", Map.of("code", code, "hamletId",
				String.valueOf(unitIdByName("Bản Ka Lăng")), "poor", "true", "ethnicity", "THAI"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		String page = web.follow(saved).body();
		assertThat(page).contains("Hộ " + code).contains("Hộ nghèo").contains("Chưa có phiếu khảo sát.");
		long id = Long.parseLong(saved.location().replaceAll(".*/households/", ""));

		web.get("/residents/new?household=" + id);
		WebSession.Page member = web.post("/residents",
				List.of(Map.entry("householdId", String.valueOf(id)), Map.entry("fullName", "Lò Thị Xuân"),
						Map.entry("sex", "FEMALE"), Map.entry("relation", "HEAD"), Map.entry("languages", "THAI"),
						Map.entry("languages", "VIETNAMESE"), Map.entry("nationalId", "001122334455")));
		assertThat(member.status()).as(member.body()).isEqualTo(302);
		String residentPage = web.follow(member).body();
		assertThat(residentPage).contains("Lò Thị Xuân")
			.contains("•••••••••455")
			.doesNotContain("001122334455")
			.contains("Tiếng Thái, </span><span>Tiếng Việt");

		String form = web.get("/households/" + id + "/survey").body();
		String uuid = form.replaceAll("(?s).*name=\"id\" value=\"([^\"]+)\".*", "$1");
		List<Map.Entry<String, String>> answers = List.of(Map.entry("id", uuid), Map.entry("observedOn", "2026-01-15"),
				Map.entry("smartphones", "0"), Map.entry("featurePhones", "1"), Map.entry("viettel", "G2"),
				Map.entry("viettelBars", "1"), Map.entry("electricity", "true"), Map.entry("internet", ""),
				Map.entry("mainObstacle", "NO_SIGNAL"));
		assertThat(web.post("/households/" + id + "/survey", answers).status()).isEqualTo(302);
		assertThat(web.post("/households/" + id + "/survey", answers).status()).as("a double submission")
			.isEqualTo(302);
		List<Map.Entry<String, String>> changed = new java.util.ArrayList<>(answers);
		changed.set(3, Map.entry("featurePhones", "2"));
		WebSession.Page conflict = web.post("/households/" + id + "/survey", changed);
		assertThat(conflict.status()).as("the same survey id with other answers").isEqualTo(409);
		assertThat(conflict.body()).contains("Đã được ghi trước đó với nội dung khác");
		assertThat(this.jdbc.sql("select count(*) from household_survey where household_id = :h")
			.param("h", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		String after = web.get("/households/" + id).body();
		assertThat(after).contains("Tình trạng theo khảo sát")
			.contains("15/01/2026")
			.contains("2G, 1 vạch")
			.contains("Không có sóng");
	}

	@Test
	void theRevealButtonIsAuditedAndOnlyForThoseWhoNeedIt() {
		ApiClient api = api("kalang.officer");
		long h = createHousehold(api, household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		Map<String, Object> body = resident(h, "Giàng Thị Dợ", "HEAD");
		body.put("nationalId", "098765432109");
		long r = createResident(api, body);
		WebSession member = loggedIn("kalang.member");
		String memberPage = member.get("/residents/" + r).body();
		assertThat(memberPage).contains("•••••••••109").doesNotContain("Xem đầy đủ");
		assertThat(member.post("/residents/" + r + "/national-id", Map.of()).status()).isEqualTo(403);

		WebSession officer = loggedIn("kalang.officer");
		assertThat(officer.get("/residents/" + r).body()).contains("Xem đầy đủ");
		WebSession.Page revealed = officer.post("/residents/" + r + "/national-id", Map.of());
		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.body()).contains("098765432109");
		assertThat(revealed.header("Cache-Control")).contains("no-store");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'RESIDENT_NATIONAL_ID_REVEALED' and target_id = :r "
					+ "and actor = 'kalang.officer'")
			.param("r", String.valueOf(r))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherPostsPagesAnswer404AndAnalystsAreKeptOut() {
		long h = createHousehold(api("kalang.officer"), household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		long r = createResident(api("kalang.officer"), resident(h, "Chu Mò Xá", "HEAD"));
		WebSession huoiluong = loggedIn("huoiluong.officer");
		assertThat(huoiluong.get("/households/" + h).status()).isEqualTo(404);
		assertThat(huoiluong.get("/residents/" + r).status()).isEqualTo(404);
		assertThat(huoiluong.get("/households/" + h + "/survey").status()).isEqualTo(404);
		assertThat(loggedIn("analyst").get("/households").status()).isEqualTo(403);
		assertThat(loggedIn("analyst").get("/").body()).doesNotContain("href=\"/households\"");
		assertThat(loggedIn("kalang.member").get("/").body()).contains("href=\"/households\"");
	}

	@Test
	void theListSearchesWithoutDiacriticsFiltersAndSaysWhenNothingMatches() {
		String tag = unique().replaceAll("[0-9]", "k");
		long h = createHousehold(api("kalang.officer"), household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		createResident(api("kalang.officer"), resident(h, "Sùng A Dình " + tag, "HEAD"));
		WebSession web = loggedIn("kalang.officer");
		assertThat(web.get("/households?q=sung+a+dinh+" + tag).body()).contains("Sùng A Dình " + tag)
			.contains("1 kết quả");
		assertThat(web.get("/residents?q=SUNG+A+DINH+" + tag).body()).contains("Sùng A Dình " + tag);
		assertThat(web.get("/households?q=sung+a+dinh+" + tag + "&poor=true").body())
			.contains("Không tìm thấy hộ nào.");
		assertThat(web.get("/residents?q=khong+ai+" + tag).body()).contains("Không tìm thấy người nào.");
	}

}
