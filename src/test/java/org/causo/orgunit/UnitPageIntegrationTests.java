package org.causo.orgunit;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.orgunit.ScopeIntegrationTests.enc;

/** Units through the pages, with JavaScript off: the forms, their errors, search. */
class UnitPageIntegrationTests extends IntegrationTest {

	private long laiChau;

	private long thuLum;

	@BeforeEach
	void ids() {
		this.laiChau = unitIdByCode("PROVINCE", "12");
		this.thuLum = unitIdByCode("COMMUNE", "03439");
	}

	@Test
	void anAdminCreatesEditsAndArchivesACommuneThroughTheForms() {
		WebSession web = loggedIn("admin");
		String code = "C" + unique();
		web.get("/units/new?kind=COMMUNE");
		Page created = web.post("/units",
				Map.of("kind", "COMMUNE", "code", code, "name", "Xã Trang " + code, "parentId", id(this.laiChau)));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).matches(".*/units/\\d+");
		String path = created.location().replaceAll(".*(/units/\\d+)$", "$1");
		Page shown = web.follow(created);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(text(shown, "h1")).isEqualTo("Xã Trang " + code);
		assertThat(text(shown, "[role=status]")).isEqualTo("Đã lưu.");

		web.get(path + "/edit");
		Page edited = web.post(path,
				Map.of("kind", "COMMUNE", "code", code, "name", "Xã Sửa " + code, "parentId", id(this.laiChau)));
		assertThat(edited.status()).isEqualTo(302);
		assertThat(text(web.follow(edited), "h1")).isEqualTo("Xã Sửa " + code);

		Page archived = web.post(path + "/archive", Map.of());
		assertThat(archived.status()).isEqualTo(302);
		assertThat(text(web.follow(archived), ".facts")).contains("Đã lưu trữ");
		Page restored = web.post(path + "/restore", Map.of());
		assertThat(restored.status()).isEqualTo(302);
		assertThat(text(web.follow(restored), ".facts")).doesNotContain("Đã lưu trữ");
	}

	@Test
	void aFormWithoutANameComesBackWithTheErrorInVietnamese() {
		WebSession web = loggedIn("kalang.commander");
		web.get("/units/new?kind=HAMLET");
		Page refused = web.post("/units", Map.of("kind", "HAMLET", "name", " ", "parentId", id(this.thuLum)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused, "#name-error")).isEqualTo("Hãy nhập tên.");
		assertThat(text(refused, ".form-errors")).contains("Hãy nhập tên.");
		assertThat(Jsoup.parse(refused.body()).select("#parentId option[selected]").attr("value"))
			.isEqualTo(id(this.thuLum));
	}

	@Test
	void aFormWithoutANameComesBackWithTheErrorInEnglishWhenAsked() {
		WebSession web = loggedIn("kalang.commander");
		web.get("/units/new?kind=HAMLET&lang=en");
		Page refused = web.post("/units?lang=en", Map.of("kind", "HAMLET", "name", "", "parentId", id(this.thuLum)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused, "#name-error")).isEqualTo("Enter a name.");
		assertThat(Jsoup.parse(refused.body()).select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void aBadCodeADuplicateCodeAndAParentOfTheWrongKindAreShownNextToTheirFields() {
		WebSession web = loggedIn("admin");
		web.get("/units/new?kind=COMMUNE&lang=en");
		Page badCode = web.post("/units?lang=en",
				Map.of("kind", "COMMUNE", "code", "a b", "name", "Xã " + unique(), "parentId", id(this.laiChau)));
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(text(badCode, "#code-error")).startsWith("A code has only letters, digits");
		Page duplicate = web.post("/units?lang=en",
				Map.of("kind", "COMMUNE", "code", "03549", "name", "Xã " + unique(), "parentId", id(this.laiChau)));
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(text(duplicate, "#code-error")).isEqualTo("The code 03549 is already in use.");
		Page wrongKind = web.post("/units?lang=vi",
				Map.of("kind", "HAMLET", "name", "Bản " + unique(), "parentId", id(this.laiChau)));
		assertThat(wrongKind.status()).isEqualTo(400);
		assertThat(text(wrongKind, "#parentId-error")).startsWith("Đơn vị cấp trên không đúng cấp");
	}

	@Test
	void archivingACommuneWithActiveHamletsShowsWhyOnItsPage() {
		WebSession web = loggedIn("admin");
		web.get("/units/" + this.thuLum);
		Page refused = web.post("/units/" + this.thuLum + "/archive?lang=en", Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused, ".form-errors"))
			.contains("Cannot archive: this unit still has active units below it.");
		assertThat(text(refused, "h1")).isEqualTo("Xã Thu Lũm");
		assertThat(api("analyst").get("/api/units/" + this.thuLum).json().get("archived").asBoolean()).isFalse();
	}

	@Test
	void theSearchPageIgnoresDiacriticsAndCase() {
		WebSession web = loggedIn("analyst");
		for (String query : List.of("thu lum", "THU LUM", Normalizer.normalize("Thu Lũm", Normalizer.Form.NFD))) {
			assertThat(text(web.get("/units?kind=COMMUNE&q=" + enc(query)), "#results")).as(query)
				.contains("Xã Thu Lũm");
		}
		assertThat(text(web.get("/units?q=" + enc("khong co ban nao ten nay")), "#results"))
			.isEqualTo("Không tìm thấy đơn vị nào.");
	}

	@Test
	void aPageNumberFarBeyondTheEndShowsAnEmptyList() {
		WebSession web = loggedIn("analyst");
		assertThat(web.get("/units?page=100000000").status()).isEqualTo(200);
		assertThat(web.get("/units?page=-4").status()).isEqualTo(200);
		assertThat(web.get("/posts?page=100000000").status()).isEqualTo(200);
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() {
		WebSession web = loggedIn("kalang.commander");
		web.get("/units/new?kind=HAMLET");
		String name = "Bản Giả Mạo " + unique();
		Page forged = web.post("/units",
				Map.of("kind", "HAMLET", "name", name, "parentId", id(this.thuLum), "_csrf", "not-the-token"));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/units?q=" + enc(name)).json().get("total").asLong()).isZero();
	}

	static String id(long id) {
		return String.valueOf(id);
	}

	static String text(Page page, String selector) {
		Document doc = Jsoup.parse(page.body());
		return doc.select(selector).text();
	}

}
