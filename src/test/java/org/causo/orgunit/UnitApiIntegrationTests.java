package org.causo.orgunit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.orgunit.ScopeIntegrationTests.enc;

/** Units through the JSON API: create, edit, archive, the rules, search and paging. */
class UnitApiIntegrationTests extends IntegrationTest {

	private long laiChau;

	private long thuLum;

	private ApiClient admin;

	@BeforeEach
	void ids() {
		this.laiChau = unitIdByCode("PROVINCE", "12");
		this.thuLum = unitIdByCode("COMMUNE", "03439");
		this.admin = api("admin");
	}

	@Test
	void anAdminCreatesEditsAndArchivesACommuneAndItsHamlet() {
		String code = "C" + unique();
		ApiClient.Response commune = this.admin.post("/api/units",
				unit("COMMUNE", code, "Xã Thử " + code, this.laiChau));
		assertThat(commune.status()).isEqualTo(201);
		long communeId = commune.json().get("id").asLong();
		assertThat(commune.json().get("kind").asString()).isEqualTo("COMMUNE");
		assertThat(commune.json().get("parentId").asLong()).isEqualTo(this.laiChau);
		ApiClient.Response hamlet = this.admin.post("/api/units", unit("HAMLET", null, "Bản Đầu", communeId));
		assertThat(hamlet.status()).isEqualTo(201);
		long hamletId = hamlet.json().get("id").asLong();

		ApiClient.Response renamed = this.admin.put("/api/units/" + communeId,
				unit("COMMUNE", code, "Xã Đổi Tên " + code, this.laiChau));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(this.admin.get("/api/units/" + communeId).json().get("name").asString())
			.isEqualTo("Xã Đổi Tên " + code);
		assertThat(this.admin.get("/api/units/" + hamletId).json().get("parentName").asString())
			.isEqualTo("Xã Đổi Tên " + code);

		ApiClient.Response archived = this.admin.post("/api/units/" + hamletId + "/archive", Map.of());
		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().get("archived").asBoolean()).isTrue();
		assertThat(this.admin.get("/api/units?parent=" + communeId).json().get("total").asLong()).isZero();
		assertThat(this.admin.get("/api/units?parent=" + communeId + "&archived=true").json().get("total").asLong())
			.isEqualTo(1);
		assertThat(this.admin.post("/api/units/" + communeId + "/archive", Map.of()).status()).isEqualTo(200);
		ApiClient.Response restored = this.admin.post("/api/units/" + communeId + "/restore", Map.of());
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.json().get("archived").asBoolean()).isFalse();
	}

	@Test
	void aNameIsStoredComposedWhateverFormItArrivesIn() {
		String decomposed = Normalizer.normalize("Bản Lũm Mới " + unique(), Normalizer.Form.NFD);
		JsonNode created = this.admin.post("/api/units", unit("HAMLET", null, "  " + decomposed + "  ", this.thuLum))
			.json();
		assertThat(created.get("name").asString()).isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
	}

	@Test
	void aMissingNameIsRefusedInVietnameseByDefaultAndInEnglishWhenAsked() {
		ApiClient.Response vi = this.admin.post("/api/units", unit("HAMLET", null, "  ", this.thuLum));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(error(vi, "name")).isEqualTo("Hãy nhập tên.");
		ApiClient.Response en = this.admin.inLanguage("en").post("/api/units", unit("HAMLET", null, "", this.thuLum));
		assertThat(en.status()).isEqualTo(400);
		assertThat(error(en, "name")).isEqualTo("Enter a name.");
		assertThat(en.json().get("title").asString()).isEqualTo("Bad request");
	}

	@Test
	void aBadCodeIsRefused() {
		ApiClient.Response vi = this.admin.post("/api/units",
				unit("COMMUNE", "mã có dấu", "Xã " + unique(), this.laiChau));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(error(vi, "code")).startsWith("Mã chỉ gồm chữ, số");
		ApiClient.Response en = this.admin.inLanguage("en")
			.post("/api/units", unit("COMMUNE", "x".repeat(21), "Xã " + unique(), this.laiChau));
		assertThat(en.status()).isEqualTo(400);
		assertThat(error(en, "code")).startsWith("A code has only letters, digits");
	}

	@Test
	void aDuplicateCodeIsRefused() {
		ApiClient.Response vi = this.admin.post("/api/units", unit("COMMUNE", "03439", "Xã Trùng Mã", this.laiChau));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(error(vi, "code")).isEqualTo("Mã 03439 đã được dùng.");
		ApiClient.Response en = this.admin.inLanguage("en")
			.post("/api/units", unit("COMMUNE", "03439", "Xã Trùng Mã", this.laiChau));
		assertThat(error(en, "code")).isEqualTo("The code 03439 is already in use.");
		String hamletCode = "H" + unique();
		assertThat(this.admin.post("/api/units", unit("HAMLET", hamletCode, "Bản " + unique(), this.thuLum)).status())
			.isEqualTo(201);
		assertThat(this.admin.post("/api/units", unit("HAMLET", hamletCode, "Bản " + unique(), this.thuLum)).status())
			.isEqualTo(400);
	}

	@Test
	void aParentOfTheWrongKindIsRefused() {
		ApiClient.Response vi = this.admin.post("/api/units", unit("HAMLET", null, "Bản " + unique(), this.laiChau));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(error(vi, "parentId")).startsWith("Đơn vị cấp trên không đúng cấp");
		ApiClient.Response en = this.admin.inLanguage("en")
			.post("/api/units", unit("COMMUNE", "C" + unique(), "Xã " + unique(), this.thuLum));
		assertThat(en.status()).isEqualTo(400);
		assertThat(error(en, "parentId")).startsWith("The unit above has the wrong level");
	}

	@Test
	void aProvinceAdminCannotCreateAProvince() {
		ApiClient.Response en = this.admin.inLanguage("en")
			.post("/api/units", unit("PROVINCE", "P" + unique().substring(0, 4), "Tỉnh Thử", null));
		assertThat(en.status()).isEqualTo(400);
		assertThat(error(en, "kind")).isEqualTo("Only a national administrator can create a province.");
	}

	@Test
	void aCommuneWithActiveHamletsCannotBeArchived() {
		String code = "C" + unique();
		long commune = this.admin.post("/api/units", unit("COMMUNE", code, "Xã " + code, this.laiChau))
			.json()
			.get("id")
			.asLong();
		this.admin.post("/api/units", unit("HAMLET", null, "Bản Còn Hoạt Động", commune));
		ApiClient.Response vi = this.admin.post("/api/units/" + commune + "/archive", Map.of());
		assertThat(vi.status()).isEqualTo(400);
		assertThat(vi.json().get("detail").asString())
			.isEqualTo("Không thể lưu trữ: đơn vị này còn đơn vị trực thuộc đang hoạt động.");
		ApiClient.Response en = this.admin.inLanguage("en").post("/api/units/" + commune + "/archive", Map.of());
		assertThat(en.json().get("detail").asString())
			.isEqualTo("Cannot archive: this unit still has active units below it.");
		assertThat(this.admin.get("/api/units/" + commune).json().get("archived").asBoolean()).isFalse();
	}

	@Test
	void searchIgnoresDiacriticsAndCase() {
		String decomposed = Normalizer.normalize("Thu Lũm", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Thu Lũm");
		for (String query : List.of("thu lum", "THU LUM", decomposed, "Thu Lũm", "  thu   lum ")) {
			assertThat(names(this.admin.get("/api/units?kind=COMMUNE&q=" + enc(query)).json())).as(query)
				.contains("Xã Thu Lũm");
		}
		assertThat(names(this.admin.get("/api/units?q=03439").json())).containsExactly("Xã Thu Lũm");
		assertThat(names(this.admin.get("/api/units?q=" + enc("doan ket")).json())).contains("Phường Đoàn Kết");
		assertThat(UnitApiIntegrationTests.names(this.admin.get("/api/posts?q=" + enc("HUOI LUONG")).json()))
			.containsExactly("Huổi Luông");
		assertThat(UnitApiIntegrationTests.names(this.admin.get("/api/posts?q=" + enc("ka lang")).json()))
			.containsExactly("Ka Lăng");
	}

	@Test
	void malformedRequestsAreRefusedWith400NotAServerError() {
		assertThat(this.admin.get("/api/units?kind=VILLAGE").status()).isEqualTo(400);
		assertThat(this.admin.get("/api/units?page=abc").status()).isEqualTo(400);
		assertThat(this.admin.get("/api/units/abc").status()).isEqualTo(400);
		assertThat(this.admin.post("/api/units", Map.of("kind", "VILLAGE", "name", "Bản", "parentId", this.thuLum))
			.status()).isEqualTo(400);
		assertThat(this.admin.postRaw("/api/units", "application/json", "{\"kind\":".getBytes()).status())
			.isEqualTo(400);
		assertThat(this.admin.post("/api/units", Map.of("name", "Bản Không Cấp", "parentId", this.thuLum)).status())
			.isEqualTo(400);
	}

	@Test
	void aSearchWithLikeWildcardsMatchesThemLiterally() {
		assertThat(this.admin.get("/api/units?q=" + enc("%")).json().get("total").asLong()).isZero();
		assertThat(this.admin.get("/api/units?q=" + enc("_")).json().get("total").asLong()).isZero();
	}

	@Test
	void pagingParametersAreClamped() {
		ApiClient.Response huge = this.admin.get("/api/units?size=100000");
		assertThat(huge.status()).isEqualTo(200);
		assertThat(huge.json().get("size").asInt()).isEqualTo(200);
		assertThat(huge.json().get("items").size()).isEqualTo((int) Math.min(200, huge.json().get("total").asLong()));
		ApiClient.Response negative = this.admin.get("/api/units?page=-3&size=-1");
		assertThat(negative.status()).isEqualTo(200);
		assertThat(negative.json().get("page").asInt()).isZero();
		assertThat(negative.json().get("size").asInt()).isEqualTo(25);
		ApiClient.Response farAway = this.admin.get("/api/units?page=100000000&size=200");
		assertThat(farAway.status()).isEqualTo(200);
		assertThat(farAway.json().get("items").size()).isZero();
		assertThat(this.admin.get("/api/posts?size=100000&page=2147483647").status()).isEqualTo(200);
	}

	static Map<String, Object> unit(String kind, String code, String name, Long parentId) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("kind", kind);
		draft.put("code", code);
		draft.put("name", name);
		draft.put("parentId", parentId);
		return draft;
	}

	/** The message of the error on one field, from a problem detail. */
	static String error(ApiClient.Response response, String field) {
		for (JsonNode error : response.json().get("errors")) {
			if (error.hasNonNull("field") && field.equals(error.get("field").asString())) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("no error on " + field + " in " + response.body());
	}

	static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("items").forEach((item) -> names.add(item.get("name").asString()));
		return names;
	}

}
