package org.causo.fieldwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.causo.support.ApiClient;
import org.causo.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry lists filtered by a skill missing (issue #4), on the pages, in the API and
 * in the exports, over two households made here: in A two members reached Zalo and one
 * has not; in B the only active member reached it, and the one who has not is archived.
 */
class MissingSkillFilterIntegrationTests extends FieldworkTest {

	private String tag;

	private String codeA;

	private String codeB;

	private long householdA;

	private long householdB;

	private List<Long> a = new ArrayList<>();

	private List<Long> b = new ArrayList<>();

	@BeforeEach
	void twoHouseholds() {
		ApiClient officer = api("kalang.officer");
		this.tag = "sf" + unique();
		this.codeA = this.tag.toUpperCase(Locale.ROOT) + "-A";
		this.codeB = this.tag.toUpperCase(Locale.ROOT) + "-B";
		this.householdA = household(officer, this.codeA);
		this.householdB = household(officer, this.codeB);
		this.a = List.of(resident(officer, this.householdA, "An", "HEAD"),
				resident(officer, this.householdA, "Ba", "CHILD"), resident(officer, this.householdA, "Ca", "CHILD"));
		this.b = List.of(resident(officer, this.householdB, "Da", "HEAD"),
				resident(officer, this.householdB, "En", "CHILD"));
		long zalo = skillId("ZALO");
		for (long resident : List.of(this.a.get(0), this.a.get(1), this.b.get(0))) {
			json(api("kalang.member").post("/api/fieldwork/skill-events/reached",
					reach(UUID.randomUUID(), resident, zalo, today(), "OBSERVED")), 200);
		}
		json(officer.post("/api/residents/" + this.b.get(1) + "/archive", Map.of()), 200);
	}

	@Test
	void theApiListsResidentsAndHouseholdsWithASkillMissing() {
		ApiClient officer = api("kalang.officer");
		assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=ZALO")).containsExactly(this.a.get(2));
		assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=ZALO&archived=true"))
			.containsExactlyInAnyOrder(this.a.get(2), this.b.get(1));
		assertThat(ids(officer, "/api/residents?q=" + this.tag + "&missingSkill=SMARTPHONE"))
			.containsExactlyInAnyOrder(this.a.get(0), this.a.get(1), this.a.get(2), this.b.get(0));
		assertThat(ids(officer, "/api/households?q=" + this.tag + "&missingSkill=ZALO"))
			.containsExactly(this.householdA);
		assertThat(ids(officer, "/api/households?q=" + this.tag + "&missingSkill=SMARTPHONE"))
			.containsExactlyInAnyOrder(this.householdA, this.householdB);
		assertThat(ids(officer, "/api/households?q=" + this.tag)).containsExactlyInAnyOrder(this.householdA,
				this.householdB);
		JsonNode page = json(officer.get("/api/households?q=" + this.tag + "&missingSkill=ZALO"), 200);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(ids(api("huoiluong.officer"), "/api/residents?q=" + this.tag + "&missingSkill=ZALO")).isEmpty();
	}

	@Test
	void theListPagesFilterBySkillMissingAndOfferTheCatalogueInTheReadersLanguage() {
		WebSession officer = loggedIn("kalang.officer");
		WebSession.Page households = officer.get("/households?q=" + this.tag + "&missingSkill=ZALO");
		assertThat(households.status()).isEqualTo(200);
		assertThat(households.body()).contains(this.codeA)
			.doesNotContain(this.codeB)
			.contains("<option value=\"ZALO\" selected=\"selected\">Sử dụng Zalo</option>")
			.contains("missingSkill=ZALO");
		WebSession.Page residents = officer.get("/residents?q=" + this.tag + "&missingSkill=ZALO", "en");
		assertThat(residents.status()).isEqualTo(200);
		assertThat(residents.body()).contains(name("Ca"))
			.doesNotContain(name("An"))
			.doesNotContain(name("Ba"))
			.contains("Using Zalo")
			.contains("Missing skill");
	}

	@Test
	void theExportsTakeTheSameFilter() {
		ApiClient officer = api("kalang.officer");
		ApiClient.Response residents = officer
			.get("/api/residents/export?format=csv&q=" + this.tag + "&missingSkill=ZALO");
		assertThat(residents.status()).isEqualTo(200);
		assertThat(residents.body()).contains(name("Ca")).doesNotContain(name("An")).doesNotContain(name("En"));
		ApiClient.Response households = officer
			.get("/api/households/export?format=csv&q=" + this.tag + "&missingSkill=ZALO");
		assertThat(households.status()).isEqualTo(200);
		assertThat(households.body()).contains(this.codeA).doesNotContain(this.codeB);
		byte[] page = loggedIn("kalang.officer")
			.getBytes("/households/export?format=csv&q=" + this.tag + "&missingSkill=ZALO");
		assertThat(new String(page, java.nio.charset.StandardCharsets.UTF_8)).contains(this.codeA)
			.doesNotContain(this.codeB);
	}

	@Test
	void anUnknownSkillCodeIsALocalized400OnPagesApiAndExports() {
		ApiClient officer = api("kalang.officer");
		ApiClient.Response vi = officer.get("/api/residents?missingSkill=NO_SUCH_SKILL");
		assertThat(vi.status()).isEqualTo(400);
		assertThat(vi.json().get("detail").asString()).isEqualTo("Không có kỹ năng mã NO_SUCH_SKILL trong danh mục.");
		ApiClient.Response en = officer.inLanguage("en").get("/api/households?missingSkill=zalo");
		assertThat(en.status()).isEqualTo(400);
		assertThat(en.json().get("detail").asString()).isEqualTo("There is no skill with code zalo in the catalogue.");
		assertThat(officer.get("/api/households/export?format=csv&missingSkill=NOPE").status()).isEqualTo(400);
		assertThat(officer.get("/api/residents/export?format=csv&missingSkill=NOPE").status()).isEqualTo(400);

		WebSession session = loggedIn("kalang.officer");
		WebSession.Page page = session.get("/households?missingSkill=NO_SUCH_SKILL");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Không có kỹ năng mã NO_SUCH_SKILL trong danh mục.")
			.contains("aria-describedby=\"missingSkill-error\"");
		WebSession.Page english = session.get("/residents?missingSkill=NO_SUCH_SKILL", "en");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains("There is no skill with code NO_SUCH_SKILL in the catalogue.");
		assertThat(session.get("/residents/export?format=csv&missingSkill=NOPE").status()).isEqualTo(400);
	}

	private long household(ApiClient api, String code) {
		return json(api.post("/api/households", Map.of("code", code, "hamletId", unitIdByName("Bản Ka Lăng"))), 201)
			.get("id")
			.asLong();
	}

	private long resident(ApiClient api, long household, String given, String relation) {
		Map<String, Object> r = new HashMap<>();
		r.put("householdId", household);
		r.put("fullName", name(given));
		r.put("sex", "FEMALE");
		r.put("relation", relation);
		return json(api.post("/api/residents", r), 201).get("id").asLong();
	}

	/** A name only this test's residents have: the search finds them by the tag. */
	private String name(String given) {
		return "Lò " + this.tag + " " + given;
	}

	private String today() {
		return java.time.LocalDate.now(this.clock).toString();
	}

	private static List<Long> ids(ApiClient api, String path) {
		List<Long> ids = new ArrayList<>();
		json(api.get(path), 200).get("items").forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

}
