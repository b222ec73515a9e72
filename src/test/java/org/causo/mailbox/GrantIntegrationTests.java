package org.causo.mailbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.causo.support.DemoAccounts;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrantIntegrationTests extends IntegrationTest {

	private static final String INITIAL = "mật khẩu ban đầu dài";

	@Test
	void anOfficerWhoJoinsLaterReadsOlderReportsOnlyOnceTheCommanderGrantsThem() {
		String secret = "Ghe thuyền chở hàng qua suối lúc 3 giờ sáng " + unique();
		long reportId = submitTip("Ka Lăng", "SMUGGLING", secret);
		long mailboxId = this.jdbc.sql("select mailbox_id from report where id = :id")
			.param("id", reportId)
			.query(Long.class)
			.single();

		String username = "moi." + unique();
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Giàng A Mới");
		draft.put("role", "POST_OFFICER");
		draft.put("scopePostId", postIdByName("Ka Lăng"));
		draft.put("password", "mật khẩu ban đầu dài");
		assertThat(api("admin").post("/api/officers", draft).status()).isEqualTo(201);
		WebSession newcomer = session();
		FirstLogin.complete(newcomer, this.clock, username, "mật khẩu ban đầu dài", "mật khẩu riêng của tôi");
		assertThat(newcomer.get("/reports/" + reportId).body()).contains("Bạn chưa được cấp quyền đọc tin này")
			.doesNotContain(secret);

		WebSession commander = loggedIn("kalang.commander");
		commander.get("/mailboxes/" + mailboxId);
		WebSession.Page granted = commander.post("/mailboxes/" + mailboxId + "/grant", Map.of());
		assertThat(granted.status()).isEqualTo(302);
		assertThat(commander.follow(granted).body()).containsPattern("Đã cấp [1-9]\\d* khoá");

		assertThat(newcomer.get("/reports/" + reportId).body()).contains(secret);
		assertThat(loggedIn("huoiluong.commander").post("/mailboxes/" + mailboxId + "/grant", Map.of()).status())
			.isIn(403, 404);
	}

	@Test
	void anOfficerWhosePasswordWasResetIsGrantedOlderReportsAgain() {
		String username = "datlai." + unique();
		createOfficer(username, "POST_OFFICER");
		DemoAccounts.Account officer = FirstLogin.complete(session(), this.clock, username, INITIAL,
				"mật khẩu riêng của tôi");
		String secret = "Kho hàng lậu sau nhà văn hoá bản " + unique();
		long reportId = submitTip("Ka Lăng", "SMUGGLING", secret);
		long mailboxId = mailboxOf(reportId);
		assertThat(session().login(officer).get("/reports/" + reportId).body()).contains(secret);

		String temporary = resetPassword(officerIdByUsername(username));
		WebSession afterReset = session();
		FirstLogin.afterReset(afterReset, this.clock, officer, temporary, "mật khẩu mới sau khi đặt lại");
		assertThat(afterReset.get("/reports/" + reportId).body()).doesNotContain(secret);

		WebSession commander = loggedIn("kalang.commander");
		commander.get("/mailboxes/" + mailboxId);
		assertThat(commander.follow(commander.post("/mailboxes/" + mailboxId + "/grant", Map.of())).body())
			.containsPattern("Đã cấp [1-9]\\d* khoá");
		assertThat(afterReset.get("/reports/" + reportId).body()).contains(secret);
	}

	@Test
	void aCommanderWhosePasswordWasResetGrantsWhatHeCanAndSaysHowManyHeCouldNot() {
		String username = "chihuy." + unique();
		createOfficer(username, "POST_COMMANDER");
		DemoAccounts.Account first = FirstLogin.complete(session(), this.clock, username, INITIAL,
				"mật khẩu riêng của chỉ huy");
		long reportId = submitTip("Ka Lăng", "SMUGGLING", "Tin trước khi chỉ huy bị đặt lại " + unique());
		long mailboxId = mailboxOf(reportId);

		String temporary = resetPassword(officerIdByUsername(username));
		WebSession commander = session();
		FirstLogin.afterReset(commander, this.clock, first, temporary, "mật khẩu mới của chỉ huy");
		String newcomer = "moi." + unique();
		createOfficer(newcomer, "POST_OFFICER");
		FirstLogin.complete(session(), this.clock, newcomer, INITIAL, "mật khẩu riêng của tôi");
		long keysBefore = officerKeys(reportId);

		commander.get("/mailboxes/" + mailboxId);
		WebSession.Page granted = commander.post("/mailboxes/" + mailboxId + "/grant", Map.of());
		assertThat(granted.status()).isEqualTo(302);
		assertThat(commander.follow(granted).body()).containsPattern("Không cấp được [1-9]\\d* tin");
		assertThat(officerKeys(reportId)).isEqualTo(keysBefore);
	}

	private void createOfficer(String username, String role) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Cán Bộ " + username);
		draft.put("role", role);
		draft.put("scopePostId", postIdByName("Ka Lăng"));
		draft.put("password", INITIAL);
		assertThat(api("admin").post("/api/officers", draft).status()).isEqualTo(201);
	}

	private String resetPassword(long officerId) {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/officers/" + officerId);
		WebSession.Page reset = admin.post("/admin/officers/" + officerId + "/reset-password", Map.of());
		return Jsoup.parse(admin.follow(reset).body()).select("#new-password").text();
	}

	private long officerKeys(long reportId) {
		return this.jdbc.sql("select count(*) from report_key where report_id = :id and holder = 'OFFICER'")
			.param("id", reportId)
			.query(Long.class)
			.single();
	}

}
