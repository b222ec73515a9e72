package org.causo.identity;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens open the JSON API only, expire, and die with a reset or a disabled
 * account.
 */
class TokenLifetimeIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "một câu mật khẩu dài";

	@Autowired
	Officers officers;

	@Test
	void aBearerTokenOpensNoPage() {
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + this.demo.get("admin").apiToken());
		for (String page : new String[] { "/admin/recovery", "/admin/officers", "/account", "/mailboxes" }) {
			Page answer = session().get(page, bearer);
			assertThat(answer.status()).as(page).isEqualTo(302);
			assertThat(answer.location()).as(page).endsWith("/login");
		}
		assertThat(api("admin").get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void aTokenExpiresAfterNinetyDaysAndTheAccountPageSaysWhen() {
		WebSession web = loggedIn("huoiluong.member");
		String name = "Điện thoại tổ " + unique();
		web.get("/account");
		String token = Jsoup.parse(web.follow(web.post("/account/tokens", Map.of("name", name))).body())
			.select("#new-token")
			.text();
		var times = this.jdbc.sql("select created_at, expires_at from api_token where name = :name")
			.param("name", name)
			.query((rs,
					i) -> new java.time.Instant[] { rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant() })
			.single();
		assertThat(Duration.between(times[0], times[1])).isBetween(Duration.ofDays(90).minusMinutes(1),
				Duration.ofDays(90).plusMinutes(1));
		String shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(times[1]);
		assertThat(row(web, name).select(".token-expiry").text()).isEqualTo(shown);
		ApiClient api = new ApiClient(baseUrl(), token);
		assertThat(api.get("/api/me").status()).isEqualTo(200);

		this.jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where name = :name")
			.param("name", name)
			.update();
		assertThat(api.get("/api/me").status()).isEqualTo(401);
		assertThat(row(web, name).text()).contains("Đã hết hạn");
	}

	@Test
	void aPasswordResetATotpResetAndDisablingTheAccountRevokeItsTokens() {
		String username = "thuhoi." + unique();
		long id = create(username);
		FirstLogin.complete(session(), this.clock, username, PASSWORD, "mật khẩu riêng của tôi");
		WebSession admin = loggedIn("admin");

		ApiClient beforeReset = new ApiClient(baseUrl(), this.officers.createApiToken(id, "trước khi đặt lại"));
		assertThat(beforeReset.get("/api/me").status()).isEqualTo(200);
		admin.get("/admin/officers/" + id);
		assertThat(admin.post("/admin/officers/" + id + "/reset-password", Map.of()).status()).isEqualTo(302);
		assertThat(beforeReset.get("/api/me").status()).isEqualTo(401);

		ApiClient beforeTotp = new ApiClient(baseUrl(), this.officers.createApiToken(id, "trước khi tắt mã"));
		assertThat(beforeTotp.get("/api/me").status()).isEqualTo(200);
		admin.get("/admin/officers/" + id);
		assertThat(admin.post("/admin/officers/" + id + "/reset-totp", Map.of()).status()).isEqualTo(302);
		assertThat(beforeTotp.get("/api/me").status()).isEqualTo(401);

		ApiClient beforeDisable = new ApiClient(baseUrl(), this.officers.createApiToken(id, "trước khi khoá"));
		Map<String, Object> off = officer(username);
		off.put("disabled", true);
		assertThat(api("admin").put("/api/officers/" + id, off).status()).isEqualTo(200);
		off.put("disabled", false);
		assertThat(api("admin").put("/api/officers/" + id, off).status()).isEqualTo(200);
		assertThat(beforeDisable.get("/api/me").status()).isEqualTo(401);
		assertThat(this.jdbc.sql("select count(*) from api_token where officer_id = :id and revoked_at is null")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void usingATokenAgainWithinTheMinuteWritesNothing() {
		long id = officerIdByUsername("huoiluong.member");
		String name = "Ghi một lần " + unique();
		ApiClient api = new ApiClient(baseUrl(), this.officers.createApiToken(id, name));
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThat(api.get("/api/me").status()).isEqualTo(200);
			String[] first = rowVersion(name);
			assertThat(api.get("/api/me").status()).isEqualTo(200);
			String[] second = rowVersion(name);
			if (first[1].equals(second[1])) {
				assertThat(second[0]).as("the row was not written again").isEqualTo(first[0]);
				return;
			}
			// the minute turned between the two calls: a second write was due; try again
		}
		throw new AssertionError("the minute turned twice");
	}

	/** The row's transaction id (changes with every write) and its last use. */
	private String[] rowVersion(String name) {
		return this.jdbc.sql("select xmin::text, last_used_at::text from api_token where name = :name")
			.param("name", name)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

	private Element row(WebSession web, String name) {
		return Jsoup.parse(web.get("/account").body())
			.select("tr")
			.stream()
			.filter((tr) -> tr.text().contains(name))
			.findFirst()
			.orElseThrow();
	}

	private long create(String username) {
		var created = api("admin").post("/api/officers", officer(username));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private Map<String, Object> officer(String username) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Cán bộ " + username);
		draft.put("role", "SUPPORT_MEMBER");
		draft.put("scopePostId", postIdByName("Ka Lăng"));
		draft.put("password", PASSWORD);
		draft.put("disabled", false);
		return draft;
	}

}
