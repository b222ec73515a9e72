package org.causo.identity.login;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.causo.support.DemoAccounts;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.Totp;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stranger can and cannot do at the login form: learn whether an account exists,
 * lock an officer out, flood the password checks.
 */
class LoginProtectionIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "một câu mật khẩu dài";

	@Autowired
	LoginThrottle throttle;

	@Test
	void theLoginPageSaysTheSameForAnUnknownAccountAWrongPasswordALockAndADisabledAccount() {
		String locked = "khoa." + unique();
		long lockedId = create(locked, "SUPPORT_MEMBER");
		for (int i = 0; i < 5; i++) {
			fail(locked, "sai mật khẩu " + i);
		}
		String disabled = "tat." + unique();
		long disabledId = create(disabled, "SUPPORT_MEMBER");
		Map<String, Object> off = officer(disabled, "SUPPORT_MEMBER");
		off.put("disabled", true);
		assertThat(api("admin").put("/api/officers/" + disabledId, off).status()).isEqualTo(200);
		assertThat(api("admin").get("/api/officers/" + lockedId).json().get("locked").asBoolean()).isTrue();

		String unknown = alert(fail("khongcoai." + unique(), PASSWORD));
		assertThat(unknown).startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
		String wrong = "saimatkhau." + unique();
		create(wrong, "SUPPORT_MEMBER");
		assertThat(alert(fail(wrong, "sai mật khẩu"))).isEqualTo(unknown);
		assertThat(alert(fail(locked, PASSWORD))).isEqualTo(unknown);
		assertThat(alert(fail(disabled, PASSWORD))).isEqualTo(unknown);
	}

	@Test
	void aStrangerTypingWrongPasswordsCannotLockAnOfficerOut() {
		String username = "bikhoa." + unique();
		long id = create(username, "POST_OFFICER");
		DemoAccounts.Account officer = FirstLogin.complete(session(), this.clock, username, PASSWORD,
				"mật khẩu riêng của cán bộ");
		for (int i = 0; i < 7; i++) {
			fail(username, "kẻ lạ đoán mật khẩu " + i);
		}
		assertThat(api("admin").get("/api/officers/" + id).json().get("locked").asBoolean()).isTrue();

		WebSession web = session();
		web.login(officer);
		assertThat(web.get("/units").status()).isEqualTo(200);
		assertThat(api("admin").get("/api/officers/" + id).json().get("locked").asBoolean()).isFalse();
		assertThat(this.jdbc
			.sql("""
					select count(*) from audit_event where action = 'LOGIN_TOTP_OK' and actor_id = :id and details = 'locked'
					""")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAccountWithoutTotpStaysOpenToTheBrowsersItLoggedInFrom() {
		String username = "thietbi." + unique();
		long id = create(username, "SUPPORT_MEMBER");
		WebSession known = session();
		DemoAccounts.Account member = FirstLogin.complete(known, this.clock, username, PASSWORD,
				"mật khẩu riêng của thành viên");
		String device = known.cookie(LoginDevices.COOKIE);
		assertThat(device).startsWith(id + ".");
		assertThat(known.cookiesSet()).anySatisfy((set) -> assertThat(set).startsWith(LoginDevices.COOKIE + "=")
			.contains("HttpOnly")
			.containsIgnoringCase("SameSite=Strict")
			.contains("Max-Age=" + LoginDevices.LIFETIME.toSeconds()));
		known.post("/logout", Map.of());
		for (int i = 0; i < 5; i++) {
			fail(username, "kẻ lạ đoán mật khẩu " + i);
		}
		assertThat(api("admin").get("/api/officers/" + id).json().get("locked").asBoolean()).isTrue();

		WebSession fresh = session();
		fresh.get("/login");
		assertThat(fresh.post("/login", Map.of("username", username, "password", member.password())).location())
			.as("a browser the member never logged in from")
			.endsWith("/login?error");

		known.get("/login");
		assertThat(known.post("/login", Map.of("username", username, "password", "sai trên máy quen")).location())
			.endsWith("/login?error");
		known.login(member);
		assertThat(known.get("/units").status()).isEqualTo(200);
		assertThat(api("admin").get("/api/officers/" + id).json().get("locked").asBoolean()).isFalse();
	}

	@Test
	void aForgedOrAnotherAccountsDeviceCookieDoesNotOpenALock() {
		String username = "giamao." + unique();
		long id = create(username, "ANALYST");
		DemoAccounts.Account analyst = FirstLogin.complete(session(), this.clock, username, PASSWORD,
				"mật khẩu riêng của phân tích viên");
		String other = "khac." + unique();
		create(other, "SUPPORT_MEMBER");
		WebSession stranger = session();
		FirstLogin.complete(stranger, this.clock, other, PASSWORD, "mật khẩu của tài khoản khác");
		String othersCookie = stranger.cookie(LoginDevices.COOKIE);
		assertThat(othersCookie).isNotNull();
		stranger.post("/logout", Map.of());
		for (int i = 0; i < 5; i++) {
			fail(username, "sai " + i);
		}

		String mac = othersCookie.substring(othersCookie.indexOf('.') + 1);
		for (String forged : new String[] { othersCookie, id + "." + mac, id + ".AAAA", String.valueOf(id) }) {
			WebSession web = session();
			web.setCookie(LoginDevices.COOKIE, forged);
			web.get("/login");
			assertThat(web.post("/login", Map.of("username", username, "password", analyst.password())).location())
				.as(forged)
				.endsWith("/login?error");
		}
		assertThat(api("admin").get("/api/officers/" + id).json().get("locked").asBoolean()).isTrue();
	}

	@Test
	void whileLockedAWrongCodeEndsTheAttemptAndTheNextCodeMustBeNewer() {
		String username = "doanma." + unique();
		long id = create(username, "POST_OFFICER");
		DemoAccounts.Account officer = FirstLogin.complete(session(), this.clock, username, PASSWORD,
				"mật khẩu riêng của cán bộ");
		for (int i = 0; i < 5; i++) {
			fail(username, "sai " + i);
		}
		WebSession web = session();
		web.get("/login");
		assertThat(web.post("/login", Map.of("username", username, "password", officer.password())).location())
			.endsWith("/login/totp");
		web.get("/login/totp");
		this.clock.advance(Duration.ofSeconds(30));
		String code = Totp.codeAt(this.clock, officer.totpSecret());
		String wrong = code.equals("000000") ? "000001" : "000000";
		Page refused = web.post("/login/totp", Map.of("code", wrong));
		assertThat(refused.location()).endsWith("/login?locked");
		assertThat(web.get("/units").status()).isIn(302, 403);

		web.get("/login");
		web.post("/login", Map.of("username", username, "password", officer.password()));
		web.get("/login/totp");
		assertThat(web.post("/login/totp", Map.of("code", code)).location())
			.as("the code of the step a wrong guess spent")
			.endsWith("/login?locked");
		assertThat(api("admin").get("/api/officers/" + id).json().get("locked").asBoolean()).isTrue();

		this.clock.advance(Duration.ofSeconds(30));
		web.login(officer);
		assertThat(web.get("/units").status()).isEqualTo(200);
	}

	@Test
	void theSessionGetsANewIdWhenTheCodeIsAccepted() {
		DemoAccounts.Account account = this.demo.get("huoiluong.officer");
		WebSession web = session();
		web.get("/login");
		web.post("/login", Map.of("username", account.username(), "password", account.password()));
		web.get("/login/totp");
		String halfLoggedIn = web.cookie("SESSION");
		assertThat(halfLoggedIn).isNotNull();
		assertThat(web.post("/login/totp", Map.of("code", Totp.freshCode(this.clock, account.totpSecret()))).location())
			.endsWith("/");
		assertThat(web.cookie("SESSION")).isNotNull().isNotEqualTo(halfLoggedIn);
		assertThat(web.get("/units").status()).isEqualTo(200);
	}

	@Test
	void aFailedLoginWithAnUnknownUsernameDoesNotRecordWhatWasTyped() {
		String typed = "matkhau" + unique();
		fail(typed, "gì đó");
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor like :typed or details like :typed")
			.param("typed", "%" + typed + "%")
			.query(Long.class)
			.single()).isZero();
		String known = "cobiet." + unique();
		create(known, "SUPPORT_MEMBER");
		fail(known, "sai mật khẩu");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = :known
				""").param("known", known).query(Long.class).single()).isPositive();
	}

	@Test
	void aFloodOfLoginsIsAnsweredWithAMessageWithoutCheckingPasswords() {
		DemoAccounts.Account account = this.demo.get("analyst");
		WebSession web = session();
		web.get("/login");
		this.throttle.spend(1_000);
		Page busy = web.post("/login", Map.of("username", account.username(), "password", account.password()));
		assertThat(busy.status()).isEqualTo(302);
		assertThat(busy.location()).endsWith("/login?busy");
		assertThat(Jsoup.parse(web.follow(busy).body()).select("[role=alert]").text())
			.isEqualTo("Hệ thống đang nhận quá nhiều lượt đăng nhập. Hãy thử lại sau vài giây.");
		assertThat(Jsoup.parse(web.get("/login?busy", "en").body()).select("[role=alert]").text())
			.isEqualTo("Too many logins are arriving at once. Try again in a few seconds.");

		this.clock.advance(Duration.ofMinutes(5));
		web.login(account);
		assertThat(web.get("/units").status()).isEqualTo(200);
	}

	private Page fail(String username, String password) {
		WebSession web = session();
		web.get("/login");
		Page page = web.post("/login", Map.of("username", username, "password", password));
		assertThat(page.location()).endsWith("/login?error");
		return web.follow(page);
	}

	private static String alert(Page page) {
		return Jsoup.parse(page.body()).select("[role=alert]").text();
	}

	private long create(String username, String role) {
		var created = api("admin").post("/api/officers", officer(username, role));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private Map<String, Object> officer(String username, String role) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Cán bộ " + username);
		draft.put("role", role);
		draft.put("scopePostId", postIdByName("Ka Lăng"));
		draft.put("password", PASSWORD);
		draft.put("disabled", false);
		return draft;
	}

}
