package org.causo.orgunit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.causo.orgunit.UnitApiIntegrationTests.error;
import static org.causo.orgunit.UnitPageIntegrationTests.id;
import static org.causo.orgunit.UnitPageIntegrationTests.text;

/** Border posts through the API and the pages: create, edit, archive, and their rules. */
class PostIntegrationTests extends IntegrationTest {

	private long laiChau;

	private long thuLum;

	private long paU;

	private ApiClient admin;

	@BeforeEach
	void ids() {
		this.laiChau = unitIdByCode("PROVINCE", "12");
		this.thuLum = unitIdByCode("COMMUNE", "03439");
		this.paU = unitIdByCode("COMMUNE", "03442");
		this.admin = api("admin");
	}

	@Test
	void anAdminCreatesEditsArchivesAndRestoresAPostThroughTheApi() {
		String code = "P" + unique();
		ApiClient.Response created = this.admin.post("/api/posts",
				post(code, "Đồn " + code, this.laiChau, List.of(this.thuLum)));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("communes").get(0).get("name").asString()).isEqualTo("Xã Thu Lũm");

		ApiClient.Response edited = this.admin.put("/api/posts/" + id,
				post(code, "Đồn Sửa " + code, this.laiChau, List.of(this.thuLum, this.paU)));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("name").asString()).isEqualTo("Đồn Sửa " + code);
		assertThat(edited.json().get("communes").size()).isEqualTo(2);

		ApiClient.Response archived = this.admin.post("/api/posts/" + id + "/archive", Map.of());
		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().get("archived").asBoolean()).isTrue();
		assertThat(this.admin.get("/api/posts?q=" + code).json().get("total").asLong()).isZero();
		assertThat(this.admin.get("/api/posts?archived=true&q=" + code).json().get("total").asLong()).isEqualTo(1);
		ApiClient.Response restored = this.admin.post("/api/posts/" + id + "/restore", Map.of());
		assertThat(restored.status()).isEqualTo(200);
		assertThat(restored.json().get("archived").asBoolean()).isFalse();
		JsonNode audit = this.admin.get("/api/audit?actor=admin&size=4").json();
		List<String> actions = new java.util.ArrayList<>();
		audit.get("items").forEach((e) -> {
			assertThat(e.get("targetId").asString()).isEqualTo(String.valueOf(id));
			actions.add(e.get("action").asString());
		});
		assertThat(actions).containsExactly("POST_RESTORED", "POST_ARCHIVED", "POST_UPDATED", "POST_CREATED");
	}

	@Test
	void aPostNeedsANameAValidUniqueCodeAndCommunesOfItsProvince() {
		ApiClient.Response vi = this.admin.post("/api/posts", post("", " ", this.laiChau, List.of()));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(error(vi, "name")).isEqualTo("Hãy nhập tên đồn.");
		assertThat(error(vi, "code")).startsWith("Mã đồn là bắt buộc");
		assertThat(error(vi, "communeIds")).isEqualTo("Hãy chọn ít nhất một xã.");

		ApiClient en = this.admin.inLanguage("en");
		assertThat(error(en.post("/api/posts", post("db01", "Đồn Trùng", this.laiChau, List.of(this.thuLum))), "code"))
			.isEqualTo("The post code db01 is already in use.");
		long hamlet = unitIdByName("Bản Ka Lăng");
		assertThat(error(en.post("/api/posts", post("P" + unique(), "Đồn Bản", this.laiChau, List.of(hamlet))),
				"communeIds"))
			.isEqualTo("The communes must belong to the chosen province and lie inside your scope.");
		assertThat(error(en.post("/api/posts", post("P" + unique(), "Đồn Xã", this.thuLum, List.of(this.thuLum))),
				"provinceId"))
			.isEqualTo("Choose a province inside your scope.");
	}

	@Test
	void onlyAProvinceAdminCreatesPosts() {
		ApiClient.Response refused = api("kalang.commander").post("/api/posts",
				post("P" + unique(), "Đồn Lạ", this.laiChau, List.of(this.thuLum)));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(
				api("kalang.commander").post("/api/posts/" + postIdByName("Ka Lăng") + "/archive", Map.of()).status())
			.isEqualTo(403);
		assertThat(loggedIn("kalang.commander").get("/posts/new").status()).isEqualTo(403);
	}

	@Test
	void anAdminCreatesEditsAndArchivesAPostThroughTheForms() {
		WebSession web = loggedIn("admin");
		String code = "P" + unique();
		web.get("/posts/new");
		Page created = web.post("/posts",
				List.of(Map.entry("name", "Đồn Trang " + code), Map.entry("code", code),
						Map.entry("provinceId", id(this.laiChau)), Map.entry("communeIds", id(this.thuLum)),
						Map.entry("communeIds", id(this.paU))));
		assertThat(created.status()).isEqualTo(302);
		String path = created.location().replaceAll(".*(/posts/\\d+)$", "$1");
		Page shown = web.follow(created);
		assertThat(text(shown, "h1")).isEqualTo("Đồn Biên phòng Đồn Trang " + code);
		assertThat(text(shown, "main ul")).contains("Xã Thu Lũm", "Xã Pa Ủ");

		Page form = web.get(path + "/edit");
		assertThat(Jsoup.parse(form.body()).select("input[name=communeIds][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(id(this.thuLum), id(this.paU));
		Page edited = web.post(path, List.of(Map.entry("name", "Đồn Sửa " + code), Map.entry("code", code),
				Map.entry("provinceId", id(this.laiChau)), Map.entry("communeIds", id(this.paU))));
		assertThat(edited.status()).isEqualTo(302);
		Page afterEdit = web.follow(edited);
		assertThat(text(afterEdit, "main ul")).contains("Xã Pa Ủ").doesNotContain("Xã Thu Lũm");

		Page archived = web.post(path + "/archive?archived=true", Map.of());
		assertThat(archived.status()).isEqualTo(302);
		assertThat(text(web.follow(archived), ".facts")).contains("Đã lưu trữ");
		web.post(path + "/archive?archived=false", Map.of());
		assertThat(text(web.get(path), ".facts")).doesNotContain("Đã lưu trữ");
	}

	@Test
	void aPostFormWithErrorsComesBackInTheUsersLanguage() {
		WebSession web = loggedIn("admin");
		web.get("/posts/new?lang=en");
		Page refused = web.post("/posts?lang=en",
				List.of(Map.entry("name", ""), Map.entry("code", "x y"), Map.entry("provinceId", id(this.laiChau))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused, "#name-error")).isEqualTo("Enter the post's name.");
		assertThat(text(refused, "#code-error")).startsWith("A post code is required");
		assertThat(text(refused, "#communeIds-error")).isEqualTo("Choose at least one commune.");
		Page vi = web.post("/posts?lang=vi", List.of(Map.entry("name", "Đồn " + unique()), Map.entry("code", "DB01"),
				Map.entry("provinceId", id(this.laiChau)), Map.entry("communeIds", id(this.thuLum))));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(text(vi, "#code-error")).isEqualTo("Mã đồn DB01 đã được dùng.");
	}

	static Map<String, Object> post(String code, String name, Long provinceId, List<Long> communeIds) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("code", code);
		draft.put("name", name);
		draft.put("provinceId", provinceId);
		draft.put("communeIds", communeIds);
		return draft;
	}

}
