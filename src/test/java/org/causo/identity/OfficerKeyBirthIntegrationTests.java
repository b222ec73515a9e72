package org.causo.identity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Crypto.CryptoException;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's key pair is born under the officer's own password, never under the one an
 * admin chose: at the first password change, and again after a reset.
 */
class OfficerKeyBirthIntegrationTests extends IntegrationTest {

	private static final String INITIAL = "mật khẩu do quản trị đặt";

	private static final String OWN = "mật khẩu của riêng tôi";

	@Test
	void anAccountHasNoKeyPairAndNoReportKeyUntilTheOfficerChoosesAPassword() {
		String username = "khoamoi." + unique();
		long id = create(username);
		assertThat(keyCount(id)).isZero();
		long before = submitTip("Ka Lăng", "SMUGGLING", "Tin đến khi cán bộ chưa đổi mật khẩu " + unique());
		assertThat(wrapsFor(id, before)).isZero();

		FirstLogin.complete(session(), this.clock, username, INITIAL, OWN);
		assertThat(keyCount(id)).isEqualTo(1);
		assertThat(opens(id, OWN)).isTrue();
		assertThat(opens(id, INITIAL)).isFalse();
		long after = submitTip("Ka Lăng", "SMUGGLING", "Tin đến sau khi cán bộ đổi mật khẩu " + unique());
		assertThat(wrapsFor(id, after)).isEqualTo(1);
	}

	@Test
	void aResetDropsTheKeyPairAndTheNextOneIsBornUnderTheOfficersNewPassword() {
		String username = "datlaikhoa." + unique();
		long id = create(username);
		var first = FirstLogin.complete(session(), this.clock, username, INITIAL, OWN);
		byte[] firstPublic = publicKey(id);

		WebSession admin = loggedIn("admin");
		admin.get("/admin/officers/" + id);
		String temporary = Jsoup
			.parse(admin.follow(admin.post("/admin/officers/" + id + "/reset-password", Map.of())).body())
			.select("#new-password")
			.text();
		assertThat(keyCount(id)).isZero();
		long between = submitTip("Ka Lăng", "SMUGGLING", "Tin đến giữa lúc đặt lại và đổi mật khẩu " + unique());
		assertThat(wrapsFor(id, between)).isZero();

		FirstLogin.afterReset(session(), this.clock, first, temporary, "mật khẩu mới sau khi đặt lại");
		assertThat(publicKey(id)).isNotEqualTo(firstPublic);
		assertThat(opens(id, "mật khẩu mới sau khi đặt lại")).isTrue();
		assertThat(opens(id, temporary)).isFalse();
	}

	/** Whether the stored private key opens under a key derived from this password. */
	private boolean opens(long officerId, String password) {
		var stored = this.jdbc.sql("select sealed_private, kdf_salt from officer_key where officer_id = :id")
			.param("id", officerId)
			.query((rs, i) -> new byte[][] { rs.getBytes(1), rs.getBytes(2) })
			.single();
		byte[] key = Crypto.argon2id(password.getBytes(StandardCharsets.UTF_8), stored[1], Crypto.Argon2Cost.PASSWORD,
				Crypto.KEY_BYTES);
		byte[] context = ("officer-key:" + officerId).getBytes(StandardCharsets.UTF_8);
		try {
			return Crypto.unsealPrivateKey(stored[0], key, context).length > 0;
		}
		catch (CryptoException ex) {
			return false;
		}
	}

	private byte[] publicKey(long officerId) {
		return this.jdbc.sql("select public_keyset from officer_key where officer_id = :id")
			.param("id", officerId)
			.query(byte[].class)
			.single();
	}

	private long keyCount(long officerId) {
		return this.jdbc.sql("select count(*) from officer_key where officer_id = :id")
			.param("id", officerId)
			.query(Long.class)
			.single();
	}

	private long wrapsFor(long officerId, long reportId) {
		return this.jdbc.sql("select count(*) from report_key where report_id = :r and officer_id = :id")
			.param("r", reportId)
			.param("id", officerId)
			.query(Long.class)
			.single();
	}

	private long create(String username) {
		Map<String, Object> draft = new HashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Cán bộ " + username);
		draft.put("role", "POST_OFFICER");
		draft.put("scopePostId", postIdByName("Ka Lăng"));
		draft.put("password", INITIAL);
		draft.put("disabled", false);
		var created = api("admin").post("/api/officers", draft);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

}
