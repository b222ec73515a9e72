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
	 * Sets the e-mail address and the digest opt-in; turning the digest on starts it from
	 * now, so that nothing older is announced.
	 */
	public void set(long id, String email, boolean digest) {
		this.jdbc
			.sql("""
					update officer set email = :email, digest = :digest,
					       digest_since = case when not :digest then null when digest then digest_since else cast(:now as timestamptz) end
					where id = :id
					""")
			.param("id", id)
			.param("email", email)
			.param("digest", digest)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	public void audit(long id, String username, String email, boolean digest) {
		this.audit.record("OFFICER_DIGEST_CHANGED", "officer", id,
				"officer=" + username + ", email=" + ((email != null) ? email : "-") + ", digest=" + digest);
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

}
