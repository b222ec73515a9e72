package org.causo.mailbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.shared.crypto.Crypto;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives officers who joined after a report arrived the key to it: an officer who already
 * holds the key opens it with their own private key and wraps it again for each newcomer.
 * The server cannot do this alone, by design.
 */
@Component
class KeyGrants {

	private final JdbcClient jdbc;

	KeyGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Wraps every key the granter holds in the mailbox for every reader who lacks it. */
	int grant(long mailboxId, long granterId, byte[] granterPrivateKey, Map<Long, byte[]> readerPublicKeys) {
		return grant(mailboxId, "OFFICER", granterId, granterPrivateKey, readerPublicKeys);
	}

	/** The same with the command's recovery key as the granter. */
	int grantWithRecovery(long mailboxId, byte[] recoveryPrivateKey, Map<Long, byte[]> readerPublicKeys) {
		return grant(mailboxId, "RECOVERY", null, recoveryPrivateKey, readerPublicKeys);
	}

	private int grant(long mailboxId, String holder, Long granterId, byte[] granterPrivateKey,
			Map<Long, byte[]> readerPublicKeys) {
		if (readerPublicKeys.isEmpty()) {
			return 0;
		}
		List<Missing> missing = this.jdbc.sql("""
				select r.id, r.ref, g.wrapped, o.id as reader
				from report r
				join report_key g on g.report_id = r.id and g.holder = :holder
				     and coalesce(g.officer_id, 0) = coalesce(cast(:granter as bigint), 0)
				cross join unnest(:readers) as o(id)
				where r.mailbox_id = :mailbox and r.purged_at is null
				  and not exists (select 1 from report_key k
				                  where k.report_id = r.id and k.holder = 'OFFICER' and k.officer_id = o.id)
				order by r.id
				""")
			.param("holder", holder)
			.param("granter", granterId)
			.param("mailbox", mailboxId)
			.param("readers", readerPublicKeys.keySet().toArray(Long[]::new))
			.query((rs, i) -> new Missing(rs.getLong("id"), rs.getObject("ref", UUID.class), rs.getBytes("wrapped"),
					rs.getLong("reader")))
			.list();
		for (Missing m : missing) {
			byte[] dataKey = Crypto.unwrapWith(granterPrivateKey, m.wrapped(), (granterId != null)
					? Submissions.officerContext(granterId, m.ref()) : Submissions.context("recovery", m.ref()));
			this.jdbc
				.sql("""
						insert into report_key (report_id, holder, officer_id, wrapped) values (:r, 'OFFICER', :officer, :wrapped)
						""")
				.param("r", m.reportId())
				.param("officer", m.reader())
				.param("wrapped",
						Crypto.wrapFor(readerPublicKeys.get(m.reader()), dataKey,
								Submissions.officerContext(m.reader(), m.ref())))
				.update();
		}
		return missing.size();
	}

	private record Missing(long reportId, UUID ref, byte[] wrapped, long reader) {

	}

}
