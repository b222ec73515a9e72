package org.causo.identity;

import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal API tokens: made on the account page, used as Bearer, revoked. */
class ApiTokenIntegrationTests extends IntegrationTest {

	@Test
	void aTokenMadeOnTheAccountPageWorksAsBearerUntilItIsRevoked() {
		WebSession web = loggedIn("kalang.member");
		String name = "Máy tính đồn " + unique();
		web.get("/account");
		Page created = web.post("/account/tokens", Map.of("name", name));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).endsWith("/account");
		String token = Jsoup.parse(web.follow(created).body()).select("#new-token").text();
		assertThat(token).startsWith("cs_");

		ApiClient api = new ApiClient(baseUrl(), token);
		ApiClient.Response me = api.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo("kalang.member");
		assertThat(api.get("/api/units?q=" + "thu%20lum").status()).isEqualTo(200);

		Document account = Jsoup.parse(web.get("/account").body());
		assertThat(account.select("#new-token")).isEmpty();
		assertThat(account.body().text()).doesNotContain(token);
		Element row = rowOf(account, name);
		assertThat(row.select("td").get(2).text()).isNotEqualTo("—");
		// revoking asks first: the button leads to the confirmation page, which sends
		// this POST
		assertThat(row.select("form").attr("action")).isEqualTo("/confirm");
		String revoke = row.select("form input[name=action]").val();
		assertThat(revoke).matches("/account/tokens/\\d+/revoke");

		assertThat(web.post(revoke, Map.of()).location()).endsWith("/account");
		assertThat(rowOf(Jsoup.parse(web.get("/account").body()), name).text()).contains("Đã thu hồi");
		ApiClient.Response revoked = api.get("/api/me");
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.json().get("title").asString()).isEqualTo("Cần đăng nhập");
		assertThat(api.inLanguage("en").get("/api/me").json().get("title").asString()).isEqualTo("Login required");

		String tokenId = revoke.replaceAll("\\D", "");
		JsonNode createdEvents = api("admin").get("/api/audit?actor=kalang.member&action=API_TOKEN_CREATED&size=200")
			.json();
		assertThat(createdEvents.findValuesAsString("targetId")).contains(tokenId);
		JsonNode revokedEvents = api("admin").get("/api/audit?actor=kalang.member&action=API_TOKEN_REVOKED&size=200")
			.json();
		assertThat(revokedEvents.findValuesAsString("targetId")).contains(tokenId);
	}

	@Test
	void anOfficerCannotRevokeAnotherOfficersToken() {
		WebSession owner = loggedIn("huoiluong.member");
		owner.get("/account");
		String name = "Điện thoại " + unique();
		String token = Jsoup.parse(owner.follow(owner.post("/account/tokens", Map.of("name", name))).body())
			.select("#new-token")
			.text();
		String revoke = rowOf(Jsoup.parse(owner.get("/account").body()), name).select("form input[name=action]").val();

		WebSession other = loggedIn("kalang.member");
		other.get("/account");
		assertThat(other.post(revoke, Map.of()).status()).isEqualTo(404);
		assertThat(new ApiClient(baseUrl(), token).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void aTokenNeedsAName() {
		WebSession web = loggedIn("kalang.member");
		web.get("/account?lang=en");
		Page refused = web.post("/account/tokens", Map.of("name", "   "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select(".form-errors li").text())
			.isEqualTo("Give the token a name (up to 80 characters).");
	}

	@Test
	void theTokenOfADisabledAccountNoLongerWorks() {
		String username = "token." + unique();
		ApiClient admin = api("admin");
		Map<String, Object> draft = OfficerIntegrationTests.officer(username, "SUPPORT_MEMBER", null,
				postIdByName("Ka Lăng"));
		long id = admin.post("/api/officers", draft).json().get("id").asLong();
		WebSession web = session();
		FirstLogin.complete(web, this.clock, username, (String) draft.get("password"), "mật khẩu cho mã truy cập");
		web.get("/account");
		String token = Jsoup.parse(web.follow(web.post("/account/tokens", Map.of("name", "script"))).body())
			.select("#new-token")
			.text();
		assertThat(new ApiClient(baseUrl(), token).get("/api/me").status()).isEqualTo(200);
		draft.put("disabled", true);
		assertThat(admin.put("/api/officers/" + id, draft).status()).isEqualTo(200);
		assertThat(new ApiClient(baseUrl(), token).get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void aMissingOrMalformedTokenIsRefused() {
		assertThat(new ApiClient(baseUrl(), null).get("/api/me").status()).isEqualTo(401);
		assertThat(new ApiClient(baseUrl(), "").get("/api/units").status()).isEqualTo(401);
		assertThat(new ApiClient(baseUrl(), "cs_" + "A".repeat(43)).get("/api/units").status()).isEqualTo(401);
	}

	private static Element rowOf(Document account, String tokenName) {
		return account.select("table tbody tr")
			.stream()
			.filter((tr) -> tr.select("td").first().text().equals(tokenName))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no token named " + tokenName));
	}

}
