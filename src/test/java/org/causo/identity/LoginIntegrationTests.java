package org.causo.identity;

import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.Totp;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginIntegrationTests extends IntegrationTest {

	@Test
	void anOfficerWithTotpNeedsTheCodeBeforeAnyPageOpens() {
		var account = this.demo.get("kalang.officer");
		WebSession web = session();
		web.get("/login");
		Page afterPassword = web.post("/login", Map.of("username", account.username(), "password", account.password()));
		assertThat(afterPassword.location()).endsWith("/login/totp");
		assertThat(web.get("/units").status()).isEqualTo(403);
		Page afterCode = web.post("/login/totp", Map.of("code", Totp.freshCode(this.clock, account.totpSecret())));
		assertThat(afterCode.location()).endsWith("/");
		assertThat(web.get("/units").status()).isEqualTo(200);
	}

	@Test
	void aWrongTotpCodeIsRefusedInTheUsersLanguage() {
		var account = this.demo.get("kalang.commander");
		WebSession web = session();
		web.get("/login");
		web.post("/login", Map.of("username", account.username(), "password", account.password()));
		web.get("/login/totp");
		Page wrong = web.post("/login/totp", Map.of("code", "000000"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("Mã không đúng hoặc đã hết hạn");
	}

	@Test
	void aCodeCannotBeReplayed() {
		var account = this.demo.get("huoiluong.officer");
		WebSession first = session();
		first.get("/login");
		first.post("/login", Map.of("username", account.username(), "password", account.password()));
		first.get("/login/totp");
		String code = Totp.freshCode(this.clock, account.totpSecret());
		assertThat(first.post("/login/totp", Map.of("code", code)).location()).endsWith("/");
		WebSession second = session();
		second.get("/login");
		second.post("/login", Map.of("username", account.username(), "password", account.password()));
		second.get("/login/totp");
		assertThat(second.post("/login/totp", Map.of("code", code)).status()).isEqualTo(400);
	}

	@Test
	void anAccountWithoutTotpRoleLogsInWithThePasswordAlone() {
		WebSession web = loggedIn("analyst");
		assertThat(web.get("/").status()).isEqualTo(200);
	}

	@Test
	void theApiAcceptsAPersonalToken() {
		var me = api("kalang.member").get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo("kalang.member");
		assertThat(new org.causo.support.ApiClient(baseUrl(), "cs_wrong").get("/api/me").status()).isEqualTo(401);
	}

}
