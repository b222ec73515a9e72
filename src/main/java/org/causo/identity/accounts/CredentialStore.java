package org.causo.identity.accounts;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for what proves an account: its password hash, its TOTP secret and last used step,
 * its count of failures and lock, and its sessions.
 */
@Component
public class CredentialStore {

	private final JdbcClient jdbc;

	CredentialStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void setPassword(long id, String hash, boolean mustChange) {
		this.jdbc.sql("""
				update officer set password_hash = :hash, must_change_password = :mustChange,
				       password_changed_at = now(), failed_attempts = 0, locked_until = null
				where id = :id
				""").param("id", id).param("hash", hash).param("mustChange", mustChange).update();
	}

	public void setTotp(long id, String secret, boolean enabled) {
		this.jdbc
			.sql("update officer set totp_secret = :secret, totp_enabled = :enabled, totp_last_step = 0 where id = :id")
			.param("id", id)
			.param("secret", secret)
			.param("enabled", enabled)
			.update();
	}

	/**
	 * Moves the last used TOTP step forward; false when the step was already used (a
	 * replay).
	 */
	public boolean useTotpStep(long id, long step) {
		return this.jdbc.sql("update officer set totp_last_step = :step where id = :id and totp_last_step < :step")
			.param("id", id)
			.param("step", step)
			.update() == 1;
	}

	/**
	 * Counts a failure and locks the account once the limit is reached; returns the new
	 * count.
	 */
	public int recordFailure(long id, int limit, Instant lockUntil) {
		return this.jdbc.sql("""
				update officer set failed_attempts = failed_attempts + 1,
				       locked_until = case when failed_attempts + 1 >= :limit then :until else locked_until end
				where id = :id returning failed_attempts
				""")
			.param("id", id)
			.param("limit", limit)
			.param("until", Timestamp.from(lockUntil))
			.query(Integer.class)
			.single();
	}

	public void clearFailures(long id) {
		this.jdbc.sql("update officer set failed_attempts = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	/**
	 * Ends every session of the account on every node, so that a disabled account, a new
	 * role or scope, or a reset password takes effect at once.
	 */
	public void endSessions(String username) {
		this.jdbc.sql("delete from spring_session where principal_name = :username")
			.param("username", username)
			.update();
	}

}
