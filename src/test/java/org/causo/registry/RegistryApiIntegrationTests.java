package org.causo.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.causo.registry.households.HouseholdStore;
import org.causo.registry.residents.ResidentStore;
import org.causo.registry.search.Where;
import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.registry.RegistryFixtures.createHousehold;
import static org.causo.registry.RegistryFixtures.createResident;
import static org.causo.registry.RegistryFixtures.household;
import static org.causo.registry.RegistryFixtures.json;
import static org.causo.registry.RegistryFixtures.resident;

/** Households and residents through the JSON API: rules, scope, search, paging, audit. */
class RegistryApiIntegrationTests extends IntegrationTest {

	@Test
	void aHouseholdCodeIsUniqueInItsCommuneButMayRepeatInAnother() {
		ApiClient kalang = api("kalang.officer");
		String code = "KL-" + unique();
		createHousehold(kalang, household(code, unitIdByName("Bản Ka Lăng")));
		ApiClient.Response again = kalang.post("/api/households",
				household(code.toLowerCase(), unitIdByName("Bản Pa Thắng")));
		JsonNode problem = json(again, 400);
		assertThat(problem.get("detail").asString()).isEqualTo("Mã hộ " + code.toLowerCase() + " đã có trong xã này.");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("code");
		createHousehold(api("huoiluong.officer"), household(code, unitIdByName("Bản Huổi Luông")));
	}

	@Test
	void badInputAnswers400InTheCallersLanguage() {
		Map<String, Object> body = household("mã sai!", unitIdByName("Bản Ka Lăng"));
		body.put("latitude", 22.5);
		body.put("poor", true);
		body.put("nearPoor", true);
		JsonNode vi = json(api("kalang.officer").post("/api/households", body), 400);
		assertThat(vi.get("detail").asString()).contains("Mã hộ chỉ gồm chữ, số")
			.contains("Hãy nhập cả vĩ độ và kinh độ")
			.contains("vừa là hộ nghèo vừa là hộ cận nghèo");
		JsonNode en = json(api("kalang.officer").inLanguage("en").post("/api/households", body), 400);
		assertThat(en.get("detail").asString()).contains("A household code has letters, digits");
		JsonNode fr = json(api("kalang.officer").inLanguage("fr").post("/api/residents", Map.of("fullName", " ")), 400);
		assertThat(fr.get("detail").asString()).contains("Saisissez le nom complet.").contains("Choisissez le sexe.");
		assertThat(api("kalang.officer").post("/api/residents", Map.of("sex", "ALIEN")).status()).isEqualTo(400);
		assertThat(api("kalang.officer").get("/api/residents?ethnicity=MARTIAN").status()).isEqualTo(400);
		long h = createHousehold(api("kalang.officer"), household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		Map<String, Object> r = resident(h, "Giàng A Pó", "HEAD");
		r.put("phone", "12ab");
		r.put("nationalId", "123");
		r.put("birthYear", 1850);
		JsonNode bad = json(api("kalang.officer").inLanguage("en").post("/api/residents", r), 400);
		assertThat(bad.get("detail").asString()).contains("A phone number has 9 to 11 digits.")
			.contains("A national ID number has 12 digits")
			.contains("between 1900 and");
	}

	@Test
	void archivedHouseholdsStayButLeaveTheDefaultList() {
		ApiClient api = api("kalang.commander");
		String code = "KL-" + unique();
		long id = createHousehold(api, household(code, unitIdByName("Bản Hà Xe")));
		assertThat(json(api.post("/api/households/" + id + "/archive", Map.of()), 200).get("archived").asBoolean())
			.isTrue();
		assertThat(json(api.get("/api/households?q=" + code), 200).get("items")).isEmpty();
		assertThat(json(api.get("/api/households?archived=true&q=" + code), 200).get("items")).hasSize(1);
		assertThat(json(api.get("/api/households/" + id), 200).get("archived").asBoolean()).isTrue();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'HOUSEHOLD_ARCHIVED' and target_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		long resident = createResident(api, resident(
				createHousehold(api, household("KL-" + unique(), unitIdByName("Bản Hà Xe"))), "Lò Văn Ích", "HEAD"));
		assertThat(api.post("/api/residents/" + resident + "/move", Map.of("householdId", id, "relation", "CHILD"))
			.status()).isEqualTo(400);
		json(api.post("/api/households/" + id + "/restore", Map.of()), 200);
		assertThat(json(api.get("/api/households?q=" + code), 200).get("items")).hasSize(1);
	}

	@Test
	void aMoveKeepsTheHistoryAndTheHeadFollows() {
		ApiClient api = api("kalang.officer");
		long from = createHousehold(api, household("KL-" + unique(), unitIdByName("Bản Gò Cứ")));
		long to = createHousehold(api, household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		long r = createResident(api, resident(from, "Sùng Thị Mỷ", "HEAD"));
		assertThat(json(api.get("/api/households/" + from), 200).get("headName").asString()).isEqualTo("Sùng Thị Mỷ");
		JsonNode moved = json(
				api.post("/api/residents/" + r + "/move", Map.of("householdId", to, "relation", "SPOUSE")), 200);
		assertThat(moved.get("householdId").asLong()).isEqualTo(to);
		assertThat(moved.get("relation").asString()).isEqualTo("SPOUSE");
		JsonNode history = json(api.get("/api/residents/" + r + "/history"), 200);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("householdId").asLong()).isEqualTo(to);
		assertThat(history.get(0).get("to").isNull()).isTrue();
		assertThat(history.get(1).get("householdId").asLong()).isEqualTo(from);
		assertThat(history.get(1).get("to").isNull()).isFalse();
		assertThat(json(api.get("/api/households/" + from), 200).get("headResidentId").isNull()).isTrue();
		assertThat(json(api.get("/api/households/" + from + "/members"), 200)).isEmpty();
		assertThat(json(api.get("/api/households/" + to + "/members"), 200)).hasSize(1);
		assertThat(api.post("/api/residents/" + r + "/move", Map.of("householdId", to, "relation", "SPOUSE")).status())
			.isEqualTo(400);
	}

	@Test
	void anotherPostsHouseholdsAndResidentsDoNotExist() {
		ApiClient kalang = api("kalang.officer");
		ApiClient huoiluong = api("huoiluong.officer");
		String code = "KL-" + unique();
		long h = createHousehold(kalang, household(code, unitIdByName("Bản Ka Lăng")));
		long r = createResident(kalang, resident(h, "Vàng A Sử " + code, "HEAD"));
		assertThat(huoiluong.get("/api/households/" + h).status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/residents/" + r).status()).isEqualTo(404);
		assertThat(huoiluong.get("/api/households/" + h + "/members").status()).isEqualTo(404);
		assertThat(huoiluong.put("/api/households/" + h, household(code, unitIdByName("Bản Ka Lăng"))).status())
			.isEqualTo(404);
		assertThat(
				huoiluong.post("/api/residents/" + r + "/move", Map.of("householdId", h, "relation", "CHILD")).status())
			.isEqualTo(404);
		assertThat(json(huoiluong.get("/api/households?q=" + code), 200).get("items")).isEmpty();
		assertThat(json(huoiluong.get("/api/residents?q=" + code), 200).get("items")).isEmpty();
		JsonNode foreignHamlet = json(
				huoiluong.post("/api/households", household("HL-" + unique(), unitIdByName("Bản Ka Lăng"))), 400);
		assertThat(foreignHamlet.get("errors").get(0).get("field").asString()).isEqualTo("hamletId");
		assertThat(json(huoiluong.post("/api/residents", resident(h, "Người lạ", "CHILD")), 400).get("errors")
			.get(0)
			.get("field")
			.asString()).isEqualTo("householdId");
		assertThat(json(api("admin").get("/api/residents/" + r), 200).get("fullName").asString())
			.startsWith("Vàng A Sử");
	}

	@Test
	void analystsSeeNoNamesAndSupportMembersMayNotEdit() {
		long h = createHousehold(api("kalang.officer"), household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		assertThat(api("analyst").get("/api/households").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/residents").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/households/" + h).status()).isEqualTo(403);
		assertThat(api("kalang.member").get("/api/households/" + h).status()).isEqualTo(200);
		assertThat(api("kalang.member").post("/api/residents", resident(h, "Lò Thị Én", "HEAD")).status())
			.isEqualTo(403);
		assertThat(api("kalang.member").post("/api/households/" + h + "/archive", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void searchIgnoresDiacriticsAndCaseAndFindsPhones() {
		ApiClient api = api("kalang.officer");
		String tag = unique().replaceAll("[0-9]", "x");
		long h = createHousehold(api, household("KL-" + unique(), unitIdByName("Bản Pa Thắng")));
		Map<String, Object> body = resident(h, "Giàng A Lử Đức" + tag, "HEAD");
		String phone = "09" + (10_000_000 + (int) (Math.random() * 89_999_999));
		body.put("phone", "+84 " + phone.substring(1));
		long r = createResident(api, body);
		assertThat(ids(json(api.get("/api/residents?q=GIANG+a+lu+duc" + tag), 200))).containsExactly(r);
		assertThat(ids(json(api.get("/api/residents?q=" + phone.substring(3)), 200))).contains(r);
		assertThat(ids(json(api.get("/api/households?q=giang+a+lu+duc" + tag), 200))).containsExactly(h);
		assertThat(ids(json(api.get("/api/households?q=" + phone), 200))).containsExactly(h);
		assertThat(json(api.get("/api/residents/" + r), 200).get("phone").asString()).isEqualTo(phone);
	}

	@Test
	void filtersByHamletEthnicityAndFlags() {
		ApiClient api = api("kalang.officer");
		String tag = "F" + unique();
		long hamlet = unitIdByName("Bản Lò Suối Tủng");
		Map<String, Object> poor = household(tag + "-1", hamlet);
		poor.put("poor", true);
		poor.put("ethnicity", "DAO");
		long poorId = createHousehold(api, poor);
		Map<String, Object> policy = household(tag + "-2", hamlet);
		policy.put("policy", true);
		long policyId = createHousehold(api, policy);
		long other = createHousehold(api, household(tag + "-3", unitIdByName("Bản Hà Xe")));
		assertThat(ids(json(api.get("/api/households?q=" + tag + "&poor=true"), 200))).containsExactly(poorId);
		assertThat(ids(json(api.get("/api/households?q=" + tag + "&policy=true"), 200))).containsExactly(policyId);
		assertThat(ids(json(api.get("/api/households?q=" + tag + "&ethnicity=DAO"), 200))).containsExactly(poorId);
		assertThat(ids(json(api.get("/api/households?q=" + tag + "&hamlet=" + hamlet), 200)))
			.containsExactlyInAnyOrder(poorId, policyId);
		assertThat(ids(json(api.get("/api/households?q=" + tag + "&commune=" + unitIdByCode("COMMUNE", "03439")), 200)))
			.containsExactlyInAnyOrder(poorId, policyId, other);
		long r = createResident(api, resident(poorId, "Tẩn Láo Sử " + tag, "HEAD"));
		assertThat(ids(json(api.get("/api/residents?q=" + tag + "&hamlet=" + hamlet), 200))).containsExactly(r);
		assertThat(ids(json(api.get("/api/residents?q=" + tag + "&ethnicity=THAI"), 200))).isEmpty();
	}

	@Test
	void pagesFollowTheCursorWithoutRepeatsOrGaps() {
		ApiClient api = api("kalang.officer");
		String tag = "P" + unique().replaceAll("[0-9]", "q");
		long h = createHousehold(api, household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		Set<Long> created = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			created.add(createResident(api, resident(h, "Lý Thị " + tag + " " + (char) ('a' + i), "CHILD")));
		}
		List<Long> seen = new ArrayList<>();
		String after = "";
		int pages = 0;
		do {
			JsonNode page = json(api.get("/api/residents?size=2&q=" + tag + "&after=" + after), 200);
			assertThat(page.get("total").asLong()).isEqualTo(5);
			seen.addAll(ids(page));
			after = page.get("next").isNull() ? null : page.get("next").asString();
			pages++;
		}
		while (after != null);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(5).containsExactlyInAnyOrderElementsOf(created);
		assertThat(json(api.get("/api/residents?size=2&q=" + tag + "&after=garbage!"), 200).get("items")).hasSize(2);
	}

	@Test
	void everyChangeIsAudited() {
		ApiClient api = api("kalang.officer");
		long h = createHousehold(api, household("KL-" + unique(), unitIdByName("Bản Ka Lăng")));
		long r = createResident(api, resident(h, "Lò Văn Pâng", "HEAD"));
		Map<String, Object> edit = resident(h, "Lò Văn Pâng", "HEAD");
		edit.put("phone", "0912345678");
		json(api.put("/api/residents/" + r, edit), 200);
		json(api.put("/api/households/" + h, household("KL-" + unique(), unitIdByName("Bản Ka Lăng"))), 200);
		List<String> actions = this.jdbc.sql("""
				select action from audit_event where actor = 'kalang.officer' and ((target_type = 'household'
				and target_id = :h) or (target_type = 'resident' and target_id = :r)) order by id
				""").param("h", String.valueOf(h)).param("r", String.valueOf(r)).query(String.class).list();
		assertThat(actions).containsExactly("HOUSEHOLD_CREATED", "RESIDENT_CREATED", "RESIDENT_UPDATED",
				"HOUSEHOLD_UPDATED");
	}

	@Test
	void whenAHamletMovesToAnotherCommuneItsHouseholdsFollowForScope() {
		ApiClient admin = api("admin");
		long thuLum = unitIdByCode("COMMUNE", "03439");
		long huoiLuong = unitIdByCode("COMMUNE", "03549");
		Map<String, Object> unit = new java.util.HashMap<>(
				Map.of("kind", "HAMLET", "name", "Bản Di " + unique(), "parentId", thuLum));
		long hamlet = json(admin.post("/api/units", unit), 201).get("id").asLong();
		String code = "MV-" + unique();
		long h = createHousehold(api("kalang.officer"), household(code, hamlet));
		long r = createResident(api("kalang.officer"), resident(h, "Lý Gạ Pơ", "HEAD"));
		createHousehold(api("huoiluong.officer"), household(code, unitIdByName("Bản Ma Ly Pho")));
		unit.put("parentId", huoiLuong);
		assertThat(admin.put("/api/units/" + hamlet, unit).status()).as("a code clash refuses the move").isEqualTo(400);
		assertThat(api("kalang.officer").get("/api/households/" + h).status()).isEqualTo(200);
		json(api("kalang.officer").put("/api/households/" + h, household(code + "b", hamlet)), 200);
		json(admin.put("/api/units/" + hamlet, unit), 200);
		assertThat(api("kalang.officer").get("/api/households/" + h).status()).isEqualTo(404);
		assertThat(api("kalang.officer").get("/api/residents/" + r).status()).isEqualTo(404);
		assertThat(json(api("huoiluong.officer").get("/api/households/" + h), 200).get("communeId").asLong())
			.isEqualTo(huoiLuong);
		assertThat(api("huoiluong.officer").get("/api/residents/" + r).status()).isEqualTo(200);
	}

	static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("items").forEach((n) -> ids.add(n.get("id").asLong()));
		return ids;
	}

	@Test
	void aPageIsTheSameWhetherItsRowsAreFoundByTheKeyIndexOrFirstFoundThenSorted() {
		for (String text : new String[] { null, "thi", "van" }) {
			Where where = ResidentStore.where(org.causo.shared.Scope.all(),
					new ResidentQuery(text, null, null, null, null, false, List.of()));
			List<Long> byIndex = this.jdbc.sql(where.pageIds("resident r", "r", "r.name_key", false, 30))
				.params(where.params())
				.query(Long.class)
				.list();
			List<Long> sorted = this.jdbc.sql(where.pageIds("resident r", "r", "r.name_key", true, 30))
				.params(where.params())
				.query(Long.class)
				.list();
			assertThat(byIndex).as(String.valueOf(text)).hasSize(30).isEqualTo(sorted);
			where.after(new Where.Cursor("m", 0).encode(), "r.name_key", "r.id");
			assertThat(this.jdbc.sql(where.pageIds("resident r", "r", "r.name_key", false, 30))
				.params(where.params())
				.query(Long.class)
				.list())
				.isEqualTo(this.jdbc.sql(where.pageIds("resident r", "r", "r.name_key", true, 30))
					.params(where.params())
					.query(Long.class)
					.list());
		}
		Where households = HouseholdStore.where(org.causo.shared.Scope.all(),
				new HouseholdQuery(null, null, null, null, null, null, null, false, List.of()));
		assertThat(this.jdbc.sql(households.pageIds("household h", "h", "h.code_key", false, 30))
			.params(households.params())
			.query(Long.class)
			.list())
			.hasSize(30)
			.isEqualTo(this.jdbc.sql(households.pageIds("household h", "h", "h.code_key", true, 30))
				.params(households.params())
				.query(Long.class)
				.list());
	}

}
