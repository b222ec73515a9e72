package org.causo.orgunit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/**
 * An officer sees only what lies in his scope: another post's post, communes and hamlets
 * answer 404 as if they did not exist, on pages and in the API alike.
 */
class ScopeIntegrationTests extends IntegrationTest {

	private long thuLum;

	private long phongTho;

	private long huoiLuongHamlet;

	private long kaLangHamlet;

	private long kaLangPost;

	private long huoiLuongPost;

	private long laiChau;

	@BeforeEach
	void ids() {
		this.laiChau = unitIdByCode("PROVINCE", "12");
		this.thuLum = unitIdByCode("COMMUNE", "03439");
		this.phongTho = unitIdByCode("COMMUNE", "03549");
		this.huoiLuongHamlet = unitIdByName("Bản Huổi Luông");
		this.kaLangHamlet = unitIdByName("Bản Ka Lăng");
		this.kaLangPost = postIdByName("Ka Lăng");
		this.huoiLuongPost = postIdByName("Huổi Luông");
	}

	@Test
	void anOfficerOfKaLangGets404ForHuoiLuongsPostCommuneAndHamletPages() {
		WebSession web = loggedIn("kalang.commander");
		assertThat(web.get("/posts/" + this.huoiLuongPost).status()).isEqualTo(404);
		assertThat(web.get("/units/" + this.phongTho).status()).isEqualTo(404);
		assertThat(web.get("/units/" + this.huoiLuongHamlet).status()).isEqualTo(404);
		assertThat(web.get("/units/" + this.phongTho + "/edit").status()).isEqualTo(404);
		assertThat(web.get("/units/" + this.huoiLuongHamlet + "/edit").status()).isEqualTo(404);
		Page notFound = web.get("/units/" + this.huoiLuongHamlet);
		assertThat(notFound.body()).contains("Không tìm thấy trang").doesNotContain("Huổi Luông");
		Page english = web.get("/units/" + this.phongTho + "?lang=en");
		assertThat(english.status()).isEqualTo(404);
		assertThat(english.body()).contains("Page not found").doesNotContain("Phong Thổ");
	}

	@Test
	void anOfficerOfKaLangOpensHisOwnPostCommuneAndHamletPages() {
		WebSession web = loggedIn("kalang.commander");
		assertThat(web.get("/posts/" + this.kaLangPost).status()).isEqualTo(200);
		assertThat(web.get("/units/" + this.thuLum).body()).contains("Xã Thu Lũm");
		assertThat(web.get("/units/" + this.kaLangHamlet).status()).isEqualTo(200);
		assertThat(web.get("/units/" + this.kaLangHamlet + "/edit").status()).isEqualTo(200);
	}

	@Test
	void anOfficerOfKaLangGets404ForHuoiLuongsPostCommuneAndHamletInTheApi() {
		ApiClient api = api("kalang.officer");
		assertThat(api.get("/api/posts/" + this.huoiLuongPost).status()).isEqualTo(404);
		assertThat(api.get("/api/units/" + this.phongTho).status()).isEqualTo(404);
		ApiClient.Response hamlet = api.get("/api/units/" + this.huoiLuongHamlet);
		assertThat(hamlet.status()).isEqualTo(404);
		assertThat(hamlet.body()).doesNotContain("Huổi Luông");
		assertThat(api.get("/api/posts/" + this.kaLangPost).status()).isEqualTo(200);
		assertThat(api.get("/api/units/" + this.kaLangHamlet).status()).isEqualTo(200);
	}

	@Test
	void anUnknownIdAndAnIdOutsideTheScopeAnswerTheSame() {
		ApiClient api = api("kalang.member");
		ApiClient.Response outside = api.get("/api/units/" + this.phongTho);
		ApiClient.Response missing = api.get("/api/units/999999999");
		assertThat(outside.status()).isEqualTo(missing.status()).isEqualTo(404);
		assertThat(outside.json().get("title")).isEqualTo(missing.json().get("title"));
		assertThat(outside.json().get("detail")).isEqualTo(missing.json().get("detail"));
	}

	@Test
	void unitSearchInTheApiListsOnlyWhatIsInScope() {
		ApiClient kaLang = api("kalang.officer");
		assertThat(kaLang.get("/api/units?q=" + enc("Huổi Luông")).json().get("total").asLong()).isZero();
		assertThat(kaLang.get("/api/units?q=" + enc("Phong Thổ")).json().get("total").asLong()).isZero();
		assertThat(names(kaLang.get("/api/units?q=" + enc("Ka Lăng")).json())).contains("Bản Ka Lăng");
		String thuLumPath = kaLang.get("/api/units/" + this.thuLum).json().get("path").asString();
		JsonNode everything = kaLang.get("/api/units?size=200").json();
		assertThat(everything.get("total").asLong()).isPositive();
		everything.get("items").forEach((unit) -> assertThat(unit.get("path").asString()).startsWith(thuLumPath));
	}

	@Test
	void postListInTheApiListsOnlyPostsCoveringTheScope() {
		JsonNode posts = api("kalang.commander").get("/api/posts?size=200").json();
		List<String> names = names(posts);
		assertThat(names).contains("Ka Lăng").doesNotContain("Huổi Luông", "Ma Lù Thàng", "Dào San");
		posts.get("items")
			.forEach((post) -> assertThat(ids(post.get("communes"))).as(post.get("name").asString())
				.contains(this.thuLum));
	}

	@Test
	void unitAndPostListPagesShowOnlyWhatIsInScope() {
		WebSession web = loggedIn("kalang.commander");
		String units = Jsoup.parse(web.get("/units?q=" + enc("bản")).body()).select("#results").text();
		assertThat(units).doesNotContain("Bản Huổi Luông", "Bản Dào San");
		assertThat(Jsoup.parse(web.get("/units?q=" + enc("Huổi Luông")).body()).select("#results").text())
			.doesNotContain("Huổi Luông");
		assertThat(Jsoup.parse(web.get("/units?q=" + enc("Bản Ka Lăng")).body()).select("#results").text())
			.contains("Bản Ka Lăng");
		String posts = Jsoup.parse(web.get("/posts").body()).select("main table").text();
		assertThat(posts).contains("Ka Lăng").doesNotContain("Huổi Luông");
	}

	@Test
	void theProvinceAnalystSeesBothPosts() {
		ApiClient analyst = api("analyst");
		assertThat(analyst.get("/api/posts/" + this.huoiLuongPost).status()).isEqualTo(200);
		assertThat(analyst.get("/api/posts/" + this.kaLangPost).status()).isEqualTo(200);
		assertThat(analyst.get("/api/units/" + this.phongTho).status()).isEqualTo(200);
		assertThat(analyst.get("/api/units/" + this.huoiLuongHamlet).status()).isEqualTo(200);
		assertThat(names(analyst.get("/api/posts?size=200").json())).contains("Ka Lăng", "Huổi Luông");
		assertThat(names(analyst.get("/api/units?q=" + enc("Huổi Luông")).json())).contains("Bản Huổi Luông");
		WebSession web = loggedIn("analyst");
		assertThat(web.get("/posts/" + this.huoiLuongPost).status()).isEqualTo(200);
		assertThat(web.get("/units/" + this.huoiLuongHamlet).status()).isEqualTo(200);
	}

	@Test
	void theAnalystMayReadButNotEdit() {
		ApiClient analyst = api("analyst");
		var draft = Map.of("kind", "HAMLET", "name", "Bản " + unique(), "parentId", this.thuLum);
		assertThat(analyst.post("/api/units", draft).status()).isEqualTo(403);
		assertThat(analyst.inLanguage("en").post("/api/units", draft).json().get("title").asString())
			.isEqualTo("Access denied");
		assertThat(loggedIn("analyst").get("/units/" + this.kaLangHamlet + "/edit").status()).isEqualTo(403);
	}

	@Test
	void aPostCommanderCreatesAHamletInHisOwnCommune() {
		String name = "Bản Mới " + unique();
		ApiClient.Response created = api("kalang.commander").post("/api/units",
				Map.of("kind", "HAMLET", "name", name, "parentId", this.thuLum));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("parentId").asLong()).isEqualTo(this.thuLum);
		assertThat(api("kalang.officer").get("/api/units/" + created.json().get("id").asLong()).status())
			.isEqualTo(200);
		assertThat(api("huoiluong.officer").get("/api/units/" + created.json().get("id").asLong()).status())
			.isEqualTo(404);
	}

	@Test
	void aPostCommanderCreatesAHamletThroughThePageForm() {
		WebSession web = loggedIn("kalang.commander");
		web.get("/units/new?kind=HAMLET&parent=" + this.thuLum);
		String name = "Bản Trang " + unique();
		Page saved = web.post("/units",
				Map.of("kind", "HAMLET", "name", name, "code", "", "parentId", String.valueOf(this.thuLum)));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(web.follow(saved).body()).contains(name);
	}

	@Test
	void aPostCommanderCannotPutAHamletUnderACommuneOutsideHisScope() {
		ApiClient api = api("kalang.commander");
		ApiClient.Response refused = api.post("/api/units",
				Map.of("kind", "HAMLET", "name", "Bản " + unique(), "parentId", this.phongTho));
		assertThat(refused.status()).isIn(400, 404);
		assertThat(refused.body()).doesNotContain("Phong Thổ");
		assertThat(api
			.put("/api/units/" + this.huoiLuongHamlet,
					Map.of("kind", "HAMLET", "name", "Bản Đổi Tên", "parentId", this.phongTho))
			.status()).isEqualTo(404);
		long own = api.post("/api/units", Map.of("kind", "HAMLET", "name", "Bản " + unique(), "parentId", this.thuLum))
			.json()
			.get("id")
			.asLong();
		assertThat(api.put("/api/units/" + own, Map.of("kind", "HAMLET", "name", "Bản Dời", "parentId", this.phongTho))
			.status()).isEqualTo(400);
		assertThat(api("analyst").get("/api/units/" + own).json().get("parentId").asLong()).isEqualTo(this.thuLum);
		WebSession web = loggedIn("kalang.commander");
		web.get("/units/new?kind=HAMLET");
		assertThat(web
			.post("/units",
					Map.of("kind", "HAMLET", "name", "Bản " + unique(), "parentId", String.valueOf(this.phongTho)))
			.status()).isIn(400, 404);
	}

	@Test
	void aPostCommanderMayNotCreateOrEditACommune() {
		ApiClient api = api("kalang.commander");
		assertThat(api
			.post("/api/units",
					Map.of("kind", "COMMUNE", "code", "C" + unique(), "name", "Xã " + unique(), "parentId",
							this.laiChau))
			.status()).isEqualTo(403);
		assertThat(api
			.put("/api/units/" + this.thuLum,
					Map.of("kind", "COMMUNE", "code", "03439", "name", "Xã Thu Lũm", "parentId", this.laiChau))
			.status()).isEqualTo(403);
		assertThat(api.post("/api/units/" + this.thuLum + "/archive", Map.of()).status()).isEqualTo(403);
		WebSession web = loggedIn("kalang.commander");
		web.get("/units/new?kind=HAMLET");
		assertThat(web
			.post("/units",
					Map.of("kind", "COMMUNE", "name", "Xã " + unique(), "parentId", String.valueOf(this.laiChau)))
			.status()).isEqualTo(403);
		assertThat(web.get("/units/" + this.thuLum + "/edit").status()).isEqualTo(403);
		assertThat(api("analyst").get("/api/units/" + this.thuLum).json().get("archived").asBoolean()).isFalse();
	}

	private static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("items").forEach((item) -> names.add(item.get("name").asString()));
		return names;
	}

	private static List<Long> ids(JsonNode array) {
		List<Long> ids = new ArrayList<>();
		array.forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
