package org.causo.identity;

import java.util.HashMap;
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
 * The officer's e-mail address and digest opt-in: set by the admin (pages and API) and by
 * the officer (account page and API), checked, and audited.
 */
class OfficerEmailIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "một câu mật khẩu dài";

	private ApiClient admin;

	private long kaLang;

	@BeforeEach
	void setUp() {
		this.admin = api("admin");
		this.kaLang = postIdByName("Ka Lăng");
	}

	@Test
	void anAdminSetsTheAddressAndTheDigestThroughTheApiAndItIsAudited() {
		String username = "thu." + unique();
		ApiClient.Response created = this.admin.post("/api/officers",
				draft(username, " " + username + "@bienphong.vn ", true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("email").asString()).isEqualTo(username + "@bienphong.vn");
		assertThat(created.json().get("digest").asBoolean()).isTrue();
		long id = created.json().get("id").asLong();

		ApiClient.Response off = this.admin.put("/api/officers/" + id, draft(username, null, false));
		assertThat(off.status()).as(off.body()).isEqualTo(200);
		assertThat(off.json().get("email").isNull()).isTrue();
		assertThat(off.json().get("digest").asBoolean()).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'OFFICER_DIGEST_CHANGED' " + "and target_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aBadAddressIs400WithALocalizedMessageInTheApi() {
		ApiClient.Response vi = this.admin.post("/api/officers", draft("thu." + unique(), "không phải thư", false));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(OfficerIntegrationTests.message(vi, "email")).startsWith("Địa chỉ thư điện tử không hợp lệ");
		ApiClient.Response en = this.admin.inLanguage("en")
			.post("/api/officers", draft("thu." + unique(), "a@b.vn\r\nBcc: x@y.vn", false));
		assertThat(en.status()).isEqualTo(400);
		assertThat(OfficerIntegrationTests.message(en, "email")).startsWith("This is not a valid e-mail address");
		ApiClient.Response fr = this.admin.inLanguage("fr").post("/api/officers", draft("thu." + unique(), "", true));
		assertThat(fr.status()).isEqualTo(400);
		assertThat(OfficerIntegrationTests.message(fr, "email"))
			.isEqualTo("Saisissez une adresse électronique pour recevoir l'avis.");
		for (String bad : new String[] { "@bienphong.vn", "ten@", "ten@bienphong", "ten..a@bienphong.vn",
				"Tên <ten@bienphong.vn>", "ten@bien phong.vn", "a".repeat(250) + "@b.vn" }) {
			assertThat(this.admin.post("/api/officers", draft("thu." + unique(), bad, false)).status()).as(bad)
				.isEqualTo(400);
		}
		ApiClient.Response self = api("kalang.member").put("/api/me/digest", Map.of("email", "sai", "digest", true));
		assertThat(self.status()).isEqualTo(400);
		assertThat(OfficerIntegrationTests.message(self, "email")).startsWith("Địa chỉ thư điện tử không hợp lệ");
	}

	@Test
	void anAdminSetsTheAddressOnTheOfficersPageAndABadOneIsShownNextToTheField() {
		String username = "thu." + unique();
		WebSession web = loggedIn("admin");
		web.get("/admin/officers/new?lang=en");
		Page bad = web.post("/admin/officers?lang=en",
				Map.of("username", username, "displayName", "Cán Bộ Thư", "role", "POST_OFFICER", "scopePostId",
						String.valueOf(this.kaLang), "scopeUnitId", "", "password", PASSWORD, "email", "ten@@bp.vn"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(Jsoup.parse(bad.body()).select("#email-error").text())
			.startsWith("This is not a valid e-mail address");
		assertThat(Jsoup.parse(bad.body()).select("#email").val()).isEqualTo("ten@@bp.vn");

		Page created = web.post("/admin/officers",
				Map.of("username", username, "displayName", "Cán Bộ Thư", "role", "POST_OFFICER", "scopePostId",
						String.valueOf(this.kaLang), "scopeUnitId", "", "password", PASSWORD, "email",
						username + "@bienphong.vn", "digest", "true"));
		assertThat(created.status()).isEqualTo(302);
		long id = officerIdByUsername(username);
		Page edit = web.get("/admin/officers/" + id);
		assertThat(Jsoup.parse(edit.body()).select("#email").val()).isEqualTo(username + "@bienphong.vn");
		assertThat(Jsoup.parse(edit.body()).select("input[name=digest][type=checkbox]").hasAttr("checked")).isTrue();

		Page badEdit = web.post("/admin/officers/" + id + "?lang=vi",
				Map.of("displayName", "Cán Bộ Thư", "role", "POST_OFFICER", "scopePostId", String.valueOf(this.kaLang),
						"scopeUnitId", "", "email", "", "digest", "true"));
		assertThat(badEdit.status()).isEqualTo(400);
		assertThat(Jsoup.parse(badEdit.body()).select("#email-error").text())
			.isEqualTo("Hãy nhập địa chỉ thư điện tử để nhận thư báo.");
		assertThat(this.admin.get("/api/officers/" + id).json().get("digest").asBoolean()).isTrue();
	}

	@Test
	void anOfficerSetsTheirOwnAddressOnTheAccountPage() {
		WebSession web = loggedIn("kalang.member");
		web.get("/account");
		Page bad = web.post("/account/digest", Map.of("email", "không hợp lệ", "digest", "true"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(Jsoup.parse(bad.body()).select("#email-error").text())
			.startsWith("Địa chỉ thư điện tử không hợp lệ");
		assertThat(Jsoup.parse(bad.body()).select("#email").val()).isEqualTo("không hợp lệ");

		String email = "member." + unique() + "@bienphong.vn";
		Page saved = web.post("/account/digest", Map.of("email", email, "digest", "true"));
		assertThat(saved.status()).isEqualTo(302);
		Page account = web.follow(saved);
		assertThat(Jsoup.parse(account.body()).select("#email").val()).isEqualTo(email);
		assertThat(account.body()).contains("Đã lưu.");
		JsonNode me = api("kalang.member").get("/api/me").json();
		assertThat(me.get("email").asString()).isEqualTo(email);
		assertThat(me.get("digest").asBoolean()).isTrue();

		ApiClient.Response off = api("kalang.member").put("/api/me/digest", Map.of("email", email, "digest", false));
		assertThat(off.status()).isEqualTo(200);
		assertThat(off.json().get("digest").asBoolean()).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'OFFICER_DIGEST_CHANGED' " + "and target_id = :id")
			.param("id", String.valueOf(officerIdByUsername("kalang.member")))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	private Map<String, Object> draft(String username, String email, boolean digest) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Cán bộ " + username);
		draft.put("role", "POST_OFFICER");
		draft.put("scopePostId", this.kaLang);
		draft.put("password", PASSWORD);
		draft.put("email", email);
		draft.put("digest", digest);
		return draft;
	}

}
