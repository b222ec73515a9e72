package org.causo.identity.digest;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.identity.DigestRecipient;
import org.causo.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account's e-mail address and digest opt-in: stored, audited, and listed for the
 * mailbox digest.
 */
@Component
public class DigestSettings {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DigestSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Stores the account's new address and digest opt-in and audits the change; nothing
	 * when both are as they were. Turning the digest on starts it from now, so that
	 * nothing older is announced.
	 */
	public void change(long id, String username, Choice was, Choice now) {
		if (now.equals(was)) {
			return;
		}
		this.jdbc
			.sql("""
					update officer set email = :email, digest = :digest,
					       digest_since = case when not :digest then null when digest then digest_since else cast(:now as timestamptz) end
					where id = :id
					""")
			.param("id", id)
			.param("email", now.email())
			.param("digest", now.digest())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record("OFFICER_DIGEST_CHANGED", "officer", id, "officer=" + username + ", email="
				+ ((now.email() != null) ? now.email() : "-") + ", digest=" + now.digest());
	}

	/** Active accounts that want the digest and have an address, by id. */
	public List<DigestRecipient> recipients() {
		return this.jdbc.sql("""
				select id, email, role, scope_post_id, digest_since from officer
				where digest and not disabled and email is not null order by id
				""")
			.query((rs, i) -> new DigestRecipient(rs.getLong("id"), rs.getString("email"),
					Role.valueOf(rs.getString("role")), rs.getObject("scope_post_id", Long.class),
					rs.getTimestamp("digest_since").toInstant()))
			.list();
	}

	/** An account's e-mail address (or none) and whether it wants the digest. */
	public record Choice(String email, boolean digest) {

		/** What a new account has before it is given anything. */
		public static final Choice NONE = new Choice(null, false);

	}

}
