package org.causo.identity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.causo.support.ApiClient;
import org.causo.support.DemoAccounts;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officer accounts as a province admin manages them, and what the officer then goes
 * through: first login, forced password change, TOTP enrolment, resets, lockout.
 */
class OfficerIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "một câu mật khẩu dài";

	private ApiClient admin;

	private long kaLang;

	private long thuLum;

	@BeforeEach
	void setUp() {
		this.admin = api("admin");
		this.kaLang = postIdByName("Ka Lăng");
		this.thuLum = unitIdByCode("COMMUNE", "03439");
	}

	@Test
	void anAdminCreatesAnAccountOnThePageAndTheOfficerChangesThePasswordThenEnrolsTotp() {
		String username = "canbo." + unique();
		WebSession adminWeb = loggedIn("admin");
		adminWeb.get("/admin/officers/new");
		Page created = adminWeb.post("/admin/officers",
				Map.of("username", username, "displayName", "Cán Bộ Mới", "role", "POST_OFFICER", "scopePostId",
						String.valueOf(this.kaLang), "scopeUnitId", "", "password", PASSWORD));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).matches(".*/admin/officers/\\d+");
		long id = officerIdByUsername(username);

		WebSession officer = session();
		officer.get("/login");
		Page login = officer.post("/login", Map.of("username", username, "password", PASSWORD));
		assertThat(login.location()).endsWith("/account/password");
		assertThat(officer.get("/units").status()).isEqualTo(403);
		assertThat(officer.get("/account/totp").status()).isEqualTo(403);
		Page form = officer.get("/account/password");
		assertThat(form.body()).contains("Bạn cần đặt mật khẩu mới trước khi tiếp tục.");
		Page tooShort = officer.post("/account/password",
				Map.of("current", PASSWORD, "next", "ngắn", "confirmation", "ngắn"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(Jsoup.parse(tooShort.body()).select("#next-error").text())
			.isEqualTo("Mật khẩu cần ít nhất 10 ký tự.");
		Page changed = officer.post("/account/password",
				Map.of("current", PASSWORD, "next", "mật khẩu mới dài hơn", "confirmation", "mật khẩu mới dài hơn"));
		assertThat(changed.location()).endsWith("/account/totp");
		assertThat(officer.get("/units").status()).isEqualTo(403);

		officer.get("/account/totp");
		officer.post("/account/totp/start", Map.of());
		String secret = Jsoup.parse(officer.get("/account/totp").body()).select("#totp-secret").text();
		assertThat(secret).isNotBlank();
		Page wrongCode = officer.post("/account/totp/confirm", Map.of("code", "000000"));
		assertThat(wrongCode.status()).isEqualTo(400);
		Page enrolled = officer.post("/account/totp/confirm",
				Map.of("code", org.causo.support.Totp.freshCode(this.clock, secret)));
		assertThat(enrolled.location()).endsWith("/");
		assertThat(officer.get("/units").status()).isEqualTo(200);

		WebSession again = session();
		again.login(new DemoAccounts.Account(username, "mật khẩu mới dài hơn", null, null, null, secret));
		assertThat(again.get("/posts/" + this.kaLang).status()).isEqualTo(200);

		assertThat(audit("admin", "OFFICER_CREATED", id)).isTrue();
		assertThat(audit(username, "PASSWORD_CHANGED", id)).isTrue();
		assertThat(audit(username, "TOTP_ENABLED", id)).isTrue();
	}

	@Test
	void anAdminCreatesAnAccountThroughTheApiAndItMustChangeItsPasswordFirst() {
		String username = "phantich." + unique();
		ApiClient.Response created = this.admin.post("/api/officers", officer(username, "ANALYST", this.thuLum, null));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("mustChangePassword").asBoolean()).isTrue();
		assertThat(created.json().get("scopeLabel").asString()).isEqualTo("Xã Thu Lũm");
		assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("password_hash");
		long id = created.json().get("id").asLong();

		WebSession web = session();
		FirstLogin.complete(web, this.clock, username, PASSWORD, "một mật khẩu khác hẳn");
		assertThat(web.get("/units/" + this.thuLum).status()).isEqualTo(200);
		assertThat(web.get("/units/" + unitIdByCode("COMMUNE", "03549")).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/officers/" + id).json().get("mustChangePassword").asBoolean()).isFalse();
		assertThat(audit("admin", "OFFICER_CREATED", id)).isTrue();
	}

	@Test
	void aProvinceAdminCannotCreateANationalAdmin() {
		ApiClient.Response vi = this.admin.post("/api/officers",
				officer("quocgia." + unique(), "PROVINCE_ADMIN", null, null));
		assertThat(vi.status()).isEqualTo(400);
		assertThat(message(vi, "scopeUnitId")).isEqualTo("Hãy chọn tỉnh, xã hoặc đồn.");

		WebSession web = loggedIn("admin");
		web.get("/admin/officers/new?lang=en");
		Page page = web.post("/admin/officers?lang=en", Map.of("username", "quocgia." + unique(), "displayName",
				"Quốc Gia", "role", "PROVINCE_ADMIN", "scopePostId", "", "scopeUnitId", "", "password", PASSWORD));
		assertThat(page.status()).isEqualTo(400);
		assertThat(Jsoup.parse(page.body()).select("#scopeUnitId-error").text())
			.isEqualTo("Choose a province, commune or post.");
		assertThat(this.jdbc.sql("select count(*) from officer where username like 'quocgia.%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aScopeOutsideTheAdminsOwnIsRefused() {
		Outside outside = outsideProvince();
		ApiClient en = this.admin.inLanguage("en");
		ApiClient.Response post = en.post("/api/officers",
				officer("ngoai." + unique(), "POST_COMMANDER", null, outside.postId()));
		assertThat(post.status()).isEqualTo(400);
		assertThat(message(post, "scopePostId")).isEqualTo("The chosen scope lies outside your own.");
		ApiClient.Response province = en.post("/api/officers",
				officer("ngoai." + unique(), "PROVINCE_ADMIN", outside.provinceId(), null));
		assertThat(province.status()).isEqualTo(400);
		assertThat(message(province, "scopeUnitId")).isEqualTo("The chosen scope lies outside your own.");
		ApiClient.Response hamlet = en.post("/api/officers",
				officer("ngoai." + unique(), "ANALYST", unitIdByName("Bản Ka Lăng"), null));
		assertThat(message(hamlet, "scopeUnitId")).isEqualTo("A scope is a province, commune or post, not a hamlet.");
	}

	@Test
	void anAdminNeitherSeesNorChangesAccountsOutsideHisScope() {
		Outside outside = outsideProvince();
		String username = "xa." + unique();
		long id = this.jdbc.sql("""
				insert into officer (username, display_name, password_hash, role, scope_post_id)
				values (:u, 'Cán bộ tỉnh khác', 'x', 'POST_OFFICER', :post) returning id
				""").param("u", username).param("post", outside.postId()).query(Long.class).single();
		assertThat(this.admin.get("/api/officers/" + id).status()).isEqualTo(404);
		assertThat(this.admin.get("/api/officers?q=" + username).json().get("total").asLong()).isZero();
		assertThat(this.admin.put("/api/officers/" + id, officer(username, "POST_OFFICER", null, this.kaLang)).status())
			.isEqualTo(404);
		WebSession web = loggedIn("admin");
		assertThat(web.get("/admin/officers/" + id).status()).isEqualTo(404);
		web.get("/admin/officers");
		assertThat(web.post("/admin/officers/" + id + "/reset-password", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void onlyAProvinceAdminManagesAccounts() {
		ApiClient commander = api("kalang.commander");
		assertThat(commander.get("/api/officers").status()).isEqualTo(403);
		assertThat(commander.post("/api/officers", officer("lenh." + unique(), "SUPPORT_MEMBER", null, this.kaLang))
			.status()).isEqualTo(403);
		assertThat(loggedIn("kalang.commander").get("/admin/officers/new").status()).isEqualTo(403);
	}

	@Test
	void anAdminResetsAPasswordThatIsShownOnceAndMustBeChanged() {
		String username = "datlai." + unique();
		long id = create(username, "SUPPORT_MEMBER", null, this.kaLang);
		FirstLogin.complete(session(), this.clock, username, PASSWORD, "mật khẩu riêng của tôi");

		WebSession adminWeb = loggedIn("admin");
		adminWeb.get("/admin/officers/" + id);
		Page reset = adminWeb.post("/admin/officers/" + id + "/reset-password", Map.of());
		assertThat(reset.status()).isEqualTo(302);
		String temporary = Jsoup.parse(adminWeb.follow(reset).body()).select("#new-password").text();
		assertThat(temporary).hasSize(16);
		assertThat(adminWeb.get("/admin/officers/" + id).body()).doesNotContain(temporary);
		assertThat(this.admin.get("/api/officers/" + id).body()).doesNotContain(temporary);

		WebSession old = session();
		old.get("/login");
		assertThat(old.post("/login", Map.of("username", username, "password", "mật khẩu riêng của tôi")).location())
			.endsWith("/login?error");
		WebSession officer = session();
		FirstLogin.complete(officer, this.clock, username, temporary, "mật khẩu sau khi đặt lại");
		assertThat(officer.get("/units").status()).isEqualTo(200);
		assertThat(audit("admin", "OFFICER_PASSWORD_RESET", id)).isTrue();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
		String username = "khoa." + unique();
		long id = create(username, "SUPPORT_MEMBER", null, this.kaLang);
		WebSession adminWeb = loggedIn("admin");

		WebSession web = session();
		for (int i = 0; i < 5; i++) {
			web.get("/login");
			assertThat(web.post("/login", Map.of("username", username, "password", "sai mật khẩu " + i)).location())
				.endsWith("/login?error");
		}
		web.get("/login");
		Page sixth = web.post("/login", Map.of("username", username, "password", PASSWORD));
		assertThat(sixth.location()).as("a lock looks like any failure").endsWith("/login?error");
		assertThat(Jsoup.parse(web.follow(sixth).body()).select("[role=alert]").text())
			.startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
		assertThat(this.admin.get("/api/officers/" + id).json().get("locked").asBoolean()).isTrue();

		Page officerPage = adminWeb.get("/admin/officers/" + id);
		assertThat(officerPage.body()).contains("/admin/officers/" + id + "/unlock");
		assertThat(adminWeb.post("/admin/officers/" + id + "/unlock", Map.of()).status()).isEqualTo(302);
		assertThat(this.admin.get("/api/officers/" + id).json().get("locked").asBoolean()).isFalse();
		web.get("/login");
		assertThat(web.post("/login", Map.of("username", username, "password", PASSWORD)).location())
			.endsWith("/account/password");

		assertThat(count(username, "LOGIN_FAILED")).isGreaterThanOrEqualTo(6);
		assertThat(audit(username, "ACCOUNT_LOCKED", id)).isTrue();
		assertThat(audit("admin", "OFFICER_UNLOCKED", id)).isTrue();
	}

	@Test
	void aLockEndsAfterFifteenMinutesAndEveryLockIsInTheLog() {
		String username = "hethan." + unique();
		long id = create(username, "SUPPORT_MEMBER", null, this.kaLang);
		WebSession web = session();
		for (int i = 0; i < 5; i++) {
			web.get("/login");
			web.post("/login", Map.of("username", username, "password", "sai mật khẩu " + i));
		}
		assertThat(this.admin.get("/api/officers/" + id).json().get("locked").asBoolean()).isTrue();
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(this.admin.get("/api/officers/" + id).json().get("locked").asBoolean()).isFalse();
		web.get("/login");
		web.post("/login", Map.of("username", username, "password", "lại sai nữa"));
		web.get("/login");
		assertThat(web.post("/login", Map.of("username", username, "password", PASSWORD)).location())
			.endsWith("/login?error");
		assertThat(count(username, "ACCOUNT_LOCKED")).isEqualTo(2);
	}

	@Test
	void fiveWrongTotpCodesLockTheAccountToo() {
		String username = "totp." + unique();
		long id = create(username, "POST_OFFICER", null, this.kaLang);
		DemoAccounts.Account account = FirstLogin.complete(session(), this.clock, username, PASSWORD,
				"mật khẩu có mã hai lớp");
		WebSession web = session();
		web.get("/login");
		web.post("/login", Map.of("username", username, "password", account.password()));
		web.get("/login/totp");
		for (int i = 0; i < 4; i++) {
			assertThat(web.post("/login/totp", Map.of("code", "00000" + i)).status()).isEqualTo(400);
		}
		Page fifth = web.post("/login/totp", Map.of("code", "000009"));
		assertThat(fifth.location()).endsWith("/login?locked");
		assertThat(web.get("/units").status()).isIn(302, 403);
		assertThat(this.admin.get("/api/officers/" + id).json().get("locked").asBoolean()).isTrue();
		assertThat(audit(username, "ACCOUNT_LOCKED", id)).isTrue();
		// the lock stops the password alone: the right password still asks for the code
		WebSession retry = session();
		retry.get("/login");
		assertThat(retry.post("/login", Map.of("username", username, "password", account.password())).location())
			.endsWith("/login/totp");
		assertThat(retry.get("/units").status()).isEqualTo(403);
	}

	@Test
	void thePasswordAloneCannotChangeThePasswordOfAnAccountWithTotp() {
		String username = "buochai." + unique();
		create(username, "POST_COMMANDER", null, this.kaLang);
		DemoAccounts.Account account = FirstLogin.complete(session(), this.clock, username, PASSWORD,
				"mật khẩu thật của chỉ huy");
		WebSession attacker = session();
		attacker.get("/login");
		assertThat(attacker.post("/login", Map.of("username", username, "password", account.password())).location())
			.endsWith("/login/totp");
		attacker.get("/login/totp");
		assertThat(attacker.get("/account/password").status()).isEqualTo(403);
		Page change = attacker.post("/account/password", Map.of("current", account.password(), "next",
				"mật khẩu của kẻ gian", "confirmation", "mật khẩu của kẻ gian"));
		assertThat(change.status()).isEqualTo(403);
		WebSession owner = session();
		owner.login(account);
		assertThat(owner.get("/units").status()).isEqualTo(200);
	}

	@Test
	void anAdminTurnsOffTotpForALostPhoneAndTheOfficerEnrolsAgain() {
		String username = "matmay." + unique();
		long id = create(username, "POST_OFFICER", null, this.kaLang);
		DemoAccounts.Account account = FirstLogin.complete(session(), this.clock, username, PASSWORD,
				"điện thoại đã mất rồi");
		assertThat(account.totpSecret()).isNotNull();
		WebSession adminWeb = loggedIn("admin");
		adminWeb.get("/admin/officers/" + id);
		assertThat(adminWeb.post("/admin/officers/" + id + "/reset-totp", Map.of()).status()).isEqualTo(302);
		assertThat(this.admin.get("/api/officers/" + id).json().get("totpEnabled").asBoolean()).isFalse();

		WebSession officer = session();
		officer.get("/login");
		assertThat(officer.post("/login", Map.of("username", username, "password", account.password())).location())
			.endsWith("/account/totp");
		assertThat(officer.get("/units").status()).isEqualTo(403);
		String secret = FirstLogin.enrolTotp(officer, this.clock);
		assertThat(secret).isNotEqualTo(account.totpSecret());
		assertThat(officer.get("/units").status()).isEqualTo(200);
		assertThat(audit("admin", "OFFICER_TOTP_RESET", id)).isTrue();
	}

	@Test
	void theOfficerListClampsItsPageSize() {
		ApiClient.Response page = this.admin.get("/api/officers?size=100000&page=100000000");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().get("size").asInt()).isEqualTo(200);
		assertThat(page.json().get("items").size()).isZero();
	}

	@Test
	void aDisabledAccountCannotLogIn() {
		String username = "tat." + unique();
		long id = create(username, "SUPPORT_MEMBER", null, this.kaLang);
		Map<String, Object> disabled = officer(username, "SUPPORT_MEMBER", null, this.kaLang);
		disabled.put("disabled", true);
		assertThat(this.admin.put("/api/officers/" + id, disabled).status()).isEqualTo(200);
		WebSession web = session();
		web.get("/login");
		assertThat(web.post("/login", Map.of("username", username, "password", PASSWORD)).location())
			.endsWith("/login?error");
		assertThat(audit("admin", "OFFICER_UPDATED", id)).isTrue();
	}

	private long create(String username, String role, Long unitId, Long postId) {
		ApiClient.Response created = this.admin.post("/api/officers", officer(username, role, unitId, postId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static Map<String, Object> officer(String username, String role, Long unitId, Long postId) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Cán bộ " + username);
		draft.put("role", role);
		draft.put("scopeUnitId", unitId);
		draft.put("scopePostId", postId);
		draft.put("password", PASSWORD);
		draft.put("disabled", false);
		return draft;
	}

	static String message(ApiClient.Response response, String field) {
		for (JsonNode error : response.json().get("errors")) {
			if (error.hasNonNull("field") && field.equals(error.get("field").asString())) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("no error on " + field + " in " + response.body());
	}

	/** Whether the audit log has this action by this actor on this officer. */
	private boolean audit(String actor, String action, long officerId) {
		JsonNode page = this.admin.get("/api/audit?size=200&actor=" + actor + "&action=" + action).json();
		for (JsonNode entry : page.get("items")) {
			if (entry.hasNonNull("targetId") && String.valueOf(officerId).equals(entry.get("targetId").asString())) {
				return true;
			}
		}
		return false;
	}

	private long count(String actor, String action) {
		return this.admin.get("/api/audit?actor=" + actor + "&action=" + action).json().get("total").asLong();
	}

	/**
	 * A province with a post outside the demo admin's scope (only a national admin could
	 * make them through the application).
	 */
	private Outside outsideProvince() {
		String code = "X" + unique();
		long province = this.jdbc.sql("""
				insert into org_unit (kind, code, name, name_key) values ('PROVINCE', :code, :name, :key) returning id
				""")
			.param("code", code)
			.param("name", "Tỉnh Ngoài " + code)
			.param("key", "tinh ngoai " + code)
			.query(Long.class)
			.single();
		long post = this.jdbc.sql("""
				insert into border_post (code, name, name_key, province_id) values (:code, :name, :key, :province)
				returning id
				""")
			.param("code", code)
			.param("name", "Đồn Ngoài " + code)
			.param("key", "don ngoai " + code)
			.param("province", province)
			.query(Long.class)
			.single();
		return new Outside(province, post);
	}

	private record Outside(long provinceId, long postId) {

	}

}
