package org.causo.mailbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.causo.identity.OfficerDraft;
import org.causo.identity.OfficerView;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.shared.Scope;
import org.causo.support.DemoAccounts;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.Totp;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command's recovery key: who may replace it, how (a fresh TOTP code, then a
 * confirmation), and that a grant with any of its keys works across a replacement.
 */
class RecoveryIntegrationTests extends IntegrationTest {

	@Autowired
	Officers officers;

	@Test
	void theCommandsRecoveryKeyGrantsReportsWhenNoOfficerCanAnyMore() {
		NationalAdmin admin = nationalAdmin();
		String recoveryKey = replaceKey(admin);
		assertThat(
				this.jdbc.sql("select count(*) from recovery_key where retired_at is null and activated_at is not null")
					.query(Long.class)
					.single())
			.isEqualTo(1);

		String secret = "Hàng cấm giấu trong bao ngô " + unique();
		long reportId = submitTip("Huổi Luông", "SMUGGLING", secret);
		assertThat(recoveryKeyOf(reportId)).isEqualTo(activeKeyId());
		long mailboxId = mailboxOf(reportId);

		WebSession newcomer = newcomerAt("Huổi Luông");
		assertThat(newcomer.get("/reports/" + reportId).body()).doesNotContain(secret);

		admin.web().get("/mailboxes/" + mailboxId);
		WebSession.Page wrong = admin.web()
			.post("/mailboxes/" + mailboxId + "/grant-recovery", Map.of("recoveryKey", "bm90IGEga2V5"));
		assertThat(admin.web().follow(wrong).body()).contains("Khoá khôi phục không đúng");
		WebSession.Page granted = admin.web()
			.post("/mailboxes/" + mailboxId + "/grant-recovery", Map.of("recoveryKey", recoveryKey));
		assertThat(admin.web().follow(granted).body()).containsPattern("Đã cấp [1-9]\\d* khoá");
		assertThat(newcomer.get("/reports/" + reportId).body()).contains(secret);
	}

	@Test
	void aProvinceScopedAdminNeitherSeesNorReplacesTheRecoveryKey() {
		WebSession admin = loggedIn("admin");
		assertThat(admin.get("/admin/recovery").status()).isIn(403, 404);
		long keys = this.jdbc.sql("select count(*) from recovery_key").query(Long.class).single();
		WebSession.Page refused = admin.post("/admin/recovery",
				Map.of("code", Totp.freshCode(this.clock, this.demo.get("admin").totpSecret())));
		assertThat(refused.status()).isIn(403, 404);
		assertThat(refused.body()).doesNotContain("recovery-key");
		assertThat(this.jdbc.sql("select count(*) from recovery_key").query(Long.class).single()).isEqualTo(keys);
		assertThat(loggedIn("kalang.commander").get("/admin/recovery").status()).isEqualTo(403);
	}

	@Test
	void replacingTheKeyNeedsAFreshCodeAndAConfirmationAndTheOldKeyServesUntilThen() {
		NationalAdmin admin = nationalAdmin();
		replaceKey(admin);
		long before = activeKeyId();

		WebSession web = admin.web();
		web.get("/admin/recovery");
		assertThat(web.get("/admin/recovery").body()).contains("mọi tỉnh");
		WebSession.Page noCode = web.post("/admin/recovery", Map.of("code", "12345"));
		assertThat(noCode.status()).isEqualTo(400);
		assertThat(Jsoup.parse(noCode.body()).select("#code-error").text()).isNotBlank();
		assertThat(noCode.body()).doesNotContain("id=\"recovery-key\"");
		String code = Totp.freshCode(this.clock, admin.account().totpSecret());
		WebSession.Page prepared = web.post("/admin/recovery", Map.of("code", code));
		assertThat(prepared.status()).isEqualTo(200);
		assertThat(prepared.header("Cache-Control")).contains("no-store");
		assertThat(Jsoup.parse(prepared.body()).select("#recovery-key").text()).isNotBlank();
		String pendingId = Jsoup.parse(prepared.body()).select("input[name=pendingId]").val();
		assertThat(web.post("/admin/recovery", Map.of("code", code)).status()).as("a code is used once").isEqualTo(400);

		// not confirmed yet: new reports are still wrapped for the current key
		long reportId = submitTip("Ka Lăng", "SMUGGLING", "Chưa xác nhận khoá mới " + unique());
		assertThat(recoveryKeyOf(reportId)).isEqualTo(before);

		WebSession.Page unconfirmed = web.post("/admin/recovery/confirm", Map.of("pendingId", pendingId));
		assertThat(unconfirmed.status()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("Hãy xác nhận bạn đã cất khoá mới");
		assertThat(activeKeyId()).isEqualTo(before);

		NationalAdmin other = nationalAdmin();
		other.web().get("/admin/recovery");
		assertThat(
				other.web().post("/admin/recovery/confirm", Map.of("pendingId", pendingId, "stored", "true")).status())
			.as("only the admin who made the key confirms it")
			.isEqualTo(400);
		assertThat(activeKeyId()).isEqualTo(before);

		web.get("/admin/recovery");
		WebSession.Page confirmed = web.post("/admin/recovery/confirm",
				Map.of("pendingId", pendingId, "stored", "true"));
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(web.follow(confirmed).body()).contains("Đã thay khoá khôi phục");
		assertThat(activeKeyId()).isEqualTo(Long.parseLong(pendingId));
		assertThat(recoveryKeyOf(submitTip("Ka Lăng", "SMUGGLING", "Sau khi thay khoá " + unique())))
			.isEqualTo(Long.parseLong(pendingId));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'RECOVERY_KEY_REPLACED' and actor = :actor and target_id = :id
				""").param("actor", admin.account().username()).param("id", pendingId).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aRecoveryGrantUsesOnlyTheWrapsOfItsOwnKeyAcrossAReplacement() {
		NationalAdmin admin = nationalAdmin();
		String oldKey = replaceKey(admin);
		String older = "Tin trước khi thay khoá " + unique();
		long olderReport = submitTip("Huổi Luông", "SMUGGLING", older);
		String newKey = replaceKey(admin);
		String newer = "Tin sau khi thay khoá " + unique();
		long newerReport = submitTip("Huổi Luông", "SMUGGLING", newer);
		long mailboxId = mailboxOf(olderReport);

		WebSession newcomer = newcomerAt("Huổi Luông");
		admin.web().get("/mailboxes/" + mailboxId);
		WebSession.Page withNew = admin.web()
			.post("/mailboxes/" + mailboxId + "/grant-recovery", Map.of("recoveryKey", newKey));
		assertThat(admin.web().follow(withNew).body()).containsPattern("Đã cấp [1-9]\\d* khoá");
		assertThat(newcomer.get("/reports/" + newerReport).body()).contains(newer);
		assertThat(newcomer.get("/reports/" + olderReport).body()).doesNotContain(older);

		WebSession.Page withOld = admin.web()
			.post("/mailboxes/" + mailboxId + "/grant-recovery", Map.of("recoveryKey", oldKey));
		assertThat(admin.web().follow(withOld).body()).containsPattern("Đã cấp [1-9]\\d* khoá");
		assertThat(newcomer.get("/reports/" + olderReport).body()).contains(older);
	}

	/** Makes and confirms a new recovery key; returns its private half. */
	private String replaceKey(NationalAdmin admin) {
		WebSession web = admin.web();
		web.get("/admin/recovery");
		WebSession.Page prepared = web.post("/admin/recovery",
				Map.of("code", Totp.freshCode(this.clock, admin.account().totpSecret())));
		assertThat(prepared.status()).isEqualTo(200);
		String privateKey = Jsoup.parse(prepared.body()).select("#recovery-key").text();
		String pendingId = Jsoup.parse(prepared.body()).select("input[name=pendingId]").val();
		assertThat(web.post("/admin/recovery/confirm", Map.of("pendingId", pendingId, "stored", "true")).status())
			.isEqualTo(302);
		return privateKey;
	}

	/**
	 * A national administrator (no unit: the whole country), as {@code FirstAdmin} makes
	 * one, logged in.
	 */
	private NationalAdmin nationalAdmin() {
		String username = "quocgia." + unique();
		String password = "mật khẩu quản trị quốc gia";
		OfficerView view = this.officers.create(Scope.all(), new OfficerDraft(username, "Quản trị Toàn quốc",
				Role.PROVINCE_ADMIN, null, null, password, false, null, false), false, false);
		String secret = this.officers.enrolDemoTotp(view.id());
		DemoAccounts.Account account = new DemoAccounts.Account(username, password, null, null, null, secret);
		return new NationalAdmin(account, session().login(account));
	}

	private WebSession newcomerAt(String post) {
		String username = "hoiphuc." + unique();
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Lò Văn Phục");
		draft.put("role", "POST_OFFICER");
		draft.put("scopePostId", postIdByName(post));
		draft.put("password", "mật khẩu ban đầu dài");
		assertThat(api("admin").post("/api/officers", draft).status()).isEqualTo(201);
		WebSession newcomer = session();
		FirstLogin.complete(newcomer, this.clock, username, "mật khẩu ban đầu dài", "mật khẩu riêng của tôi");
		return newcomer;
	}

	private long activeKeyId() {
		return this.jdbc.sql("select id from recovery_key where retired_at is null and activated_at is not null")
			.query(Long.class)
			.single();
	}

	private Long recoveryKeyOf(long reportId) {
		return this.jdbc.sql("select recovery_key_id from report_key where report_id = :id and holder = 'RECOVERY'")
			.param("id", reportId)
			.query(Long.class)
			.single();
	}

	private record NationalAdmin(DemoAccounts.Account account, WebSession web) {

	}

}
