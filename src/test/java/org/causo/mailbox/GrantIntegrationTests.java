package org.causo.mailbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrantIntegrationTests extends IntegrationTest {

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

}
