package org.causo.mailbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryIntegrationTests extends IntegrationTest {

	@Test
	void theCommandsRecoveryKeyGrantsReportsWhenNoOfficerCanAnyMore() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/recovery");
		WebSession.Page created = admin.post("/admin/recovery", Map.of());
		assertThat(created.status()).isEqualTo(200);
		assertThat(created.header("Cache-Control")).contains("no-store");
		String recoveryKey = Jsoup.parse(created.body()).select("#recovery-key").text();
		assertThat(recoveryKey).isNotBlank();
		assertThat(
				this.jdbc.sql("select count(*) from recovery_key where retired_at is null").query(Long.class).single())
			.isEqualTo(1);

		String secret = "Hàng cấm giấu trong bao ngô " + unique();
		long reportId = submitTip("Huổi Luông", "SMUGGLING", secret);
		assertThat(this.jdbc.sql("select count(*) from report_key where report_id = :id and holder = 'RECOVERY'")
			.param("id", reportId)
			.query(Long.class)
			.single()).isEqualTo(1);
		long mailboxId = this.jdbc.sql("select mailbox_id from report where id = :id")
			.param("id", reportId)
			.query(Long.class)
			.single();

		String username = "hoiphuc." + unique();
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Lò Văn Phục");
		draft.put("role", "POST_OFFICER");
		draft.put("scopePostId", postIdByName("Huổi Luông"));
		draft.put("password", "mật khẩu ban đầu dài");
		assertThat(api("admin").post("/api/officers", draft).status()).isEqualTo(201);
		WebSession newcomer = session();
		FirstLogin.complete(newcomer, this.clock, username, "mật khẩu ban đầu dài", "mật khẩu riêng của tôi");
		assertThat(newcomer.get("/reports/" + reportId).body()).doesNotContain(secret);

		admin.get("/mailboxes/" + mailboxId);
		WebSession.Page wrong = admin.post("/mailboxes/" + mailboxId + "/grant-recovery",
				Map.of("recoveryKey", "bm90IGEga2V5"));
		assertThat(admin.follow(wrong).body()).contains("Khoá khôi phục không đúng");
		WebSession.Page granted = admin.post("/mailboxes/" + mailboxId + "/grant-recovery",
				Map.of("recoveryKey", recoveryKey));
		assertThat(admin.follow(granted).body()).containsPattern("Đã cấp [1-9]\\d* khoá");
		assertThat(newcomer.get("/reports/" + reportId).body()).contains(secret);
	}

}
