package org.causo.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.causo.support.DemoAccounts;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionEndIntegrationTests extends IntegrationTest {

	@Test
	void disablingAnAccountEndsItsSessionsOnEveryNode() {
		String username = "member." + UUID.randomUUID().toString().substring(0, 8);
		long postId = this.jdbc.sql("select id from border_post where name = 'Ka Lăng'").query(Long.class).single();
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Lò Văn Thử");
		draft.put("role", "SUPPORT_MEMBER");
		draft.put("scopePostId", postId);
		draft.put("password", "một mật khẩu dài");
		var created = api("admin").post("/api/officers", draft);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();

		WebSession officer = session();
		officer.login(new DemoAccounts.Account(username, "một mật khẩu dài", null, "SUPPORT_MEMBER", "Ka Lăng", null),
				"/account/password");
		assertThat(officer.get("/account/password").status()).isEqualTo(200);

		draft.put("disabled", true);
		assertThat(api("admin").put("/api/officers/" + id, draft).status()).isEqualTo(200);
		assertThat(officer.get("/account/password").status()).isEqualTo(302);
	}

}
