package org.causo.mailbox.keys;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.identity.OfficerKeys;
import org.causo.mailbox.Granted;
import org.causo.mailbox.RecoveryKeys;
import org.causo.shared.InvalidInputException;
import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Crypto.CryptoException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives officers who joined after a report arrived the key to it: an officer who already
 * holds the key opens it with their own private key and wraps it again for each newcomer.
 * The server cannot do this alone, by design.
 *
 * <p>
 * Each officer wrap carries the fingerprint of the public key it was made for. A reader
 * whose key pair changed since (a password reset) holds only stale wraps, which a grant
 * replaces. A granter whose own wraps are stale cannot open them: those reports are
 * skipped and counted, never an error, so a grant gives all it can.
 */
@Component
public class KeyGrants {

	private final JdbcClient jdbc;

	private final OfficerKeys keys;

	private final RecoveryKeys recovery;

	private final AuditTrail audit;

	KeyGrants(JdbcClient jdbc, OfficerKeys keys, RecoveryKeys recovery, AuditTrail audit) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.recovery = recovery;
		this.audit = audit;
	}

	/**
	 * Wraps every key of the mailbox that the granting officer's private key opens for
	 * every reader who lacks it or holds it only for an old public key; audited.
	 */
	public Granted grantOlderReports(long mailboxId, long granterId, Optional<byte[]> granterKey, List<Long> readers) {
		byte[] privateKey = granterKey.orElseThrow(() -> InvalidInputException.of(null, "report.error.noKey"));
		byte[] granterPublic = this.keys.publicKeys(List.of(granterId)).get(granterId);
		if (granterPublic == null) {
			throw InvalidInputException.of(null, "report.error.noKey");
		}
		Granted granted = grant(mailboxId, granterId, privateKey, ReportKeys.fingerprint(granterPublic),
				this.keys.publicKeys(readers));
		this.audit.record("REPORTS_GRANTED", "mailbox", mailboxId,
				"keys=" + granted.keys() + ", unopened=" + granted.unopened());
		return granted;
	}

	/**
	 * The same with one of the command's recovery keys (the current one or one replaced
	 * since) as the granter: only the wraps made for that key are used; audited.
	 */
	public Granted grantWithRecoveryKey(long mailboxId, String recoveryKey, List<Long> readers) {
		byte[] privateKey = RecoveryKeys.parse(recoveryKey);
		long keyId = this.recovery.identify(privateKey)
			.orElseThrow(() -> InvalidInputException.of("recoveryKey", "recovery.error.key"));
		Granted granted = grantWithRecovery(mailboxId, keyId, privateKey, this.keys.publicKeys(readers));
		this.audit.record("REPORTS_GRANTED_WITH_RECOVERY", "mailbox", mailboxId,
				"keys=" + granted.keys() + ", recoveryKey=" + keyId);
		return granted;
	}

	private Granted grant(long mailboxId, long granterId, byte[] granterPrivateKey, String granterFingerprint,
			Map<Long, byte[]> readerPublicKeys) {
		String source = """
				g.holder = 'OFFICER' and g.officer_id = :source
				and (g.key_fingerprint is null or g.key_fingerprint = :fingerprint)""";
		Granted granted = grant(mailboxId, source, granterId, granterFingerprint, granterPrivateKey,
				(ref) -> ReportKeys.officerContext(granterId, ref), readerPublicKeys);
		int stale = this.jdbc.sql("""
				select count(*) from report r join report_key g on g.report_id = r.id
				where r.mailbox_id = :mailbox and r.purged_at is null and g.holder = 'OFFICER'
				  and g.officer_id = :granter and g.key_fingerprint <> :fingerprint
				""")
			.param("mailbox", mailboxId)
			.param("granter", granterId)
			.param("fingerprint", granterFingerprint)
			.query(Integer.class)
			.single();
		return new Granted(granted.keys(), granted.unopened() + stale);
	}

	/**
	 * Grants with the recovery key: only the wraps made for that key (or older ones of
	 * unknown key, which are tried).
	 */
	private Granted grantWithRecovery(long mailboxId, long recoveryKeyId, byte[] recoveryPrivateKey,
			Map<Long, byte[]> readerPublicKeys) {
		String source = """
				g.holder = 'RECOVERY' and (g.recovery_key_id = :source or g.recovery_key_id is null)""";
		return grant(mailboxId, source, recoveryKeyId, null, recoveryPrivateKey,
				(ref) -> ReportKeys.context("recovery", ref), readerPublicKeys);
	}

	private Granted grant(long mailboxId, String source, long sourceId, String sourceFingerprint,
			byte[] granterPrivateKey, java.util.function.Function<UUID, byte[]> sourceContext,
			Map<Long, byte[]> readerPublicKeys) {
		if (readerPublicKeys.isEmpty()) {
			return new Granted(0, 0);
		}
		Long[] readers = readerPublicKeys.keySet().toArray(Long[]::new);
		String[] fingerprints = java.util.Arrays.stream(readers)
			.map((id) -> ReportKeys.fingerprint(readerPublicKeys.get(id)))
			.toArray(String[]::new);
		List<Missing> missing = this.jdbc.sql("""
				select r.id, r.ref, g.wrapped, o.id as reader, o.fingerprint
				from report r
				join report_key g on g.report_id = r.id and %s
				cross join unnest(cast(:readers as bigint[]), cast(:fingerprints as text[])) as o(id, fingerprint)
				where r.mailbox_id = :mailbox and r.purged_at is null
				  and not exists (select 1 from report_key k
				                  where k.report_id = r.id and k.holder = 'OFFICER' and k.officer_id = o.id
				                    and k.key_fingerprint = o.fingerprint)
				order by r.id
				""".formatted(source))
			.param("source", sourceId)
			.param("fingerprint", sourceFingerprint)
			.param("mailbox", mailboxId)
			.param("readers", readers)
			.param("fingerprints", fingerprints)
			.query((rs, i) -> new Missing(rs.getLong("id"), rs.getObject("ref", UUID.class), rs.getBytes("wrapped"),
					rs.getLong("reader"), rs.getString("fingerprint")))
			.list();
		Map<Long, byte[]> opened = new HashMap<>();
		Set<Long> unopened = new HashSet<>();
		int keys = 0;
		for (Missing m : missing) {
			byte[] dataKey = opened.get(m.reportId());
			if (dataKey == null && !unopened.contains(m.reportId())) {
				try {
					dataKey = Crypto.unwrapWith(granterPrivateKey, m.wrapped(), sourceContext.apply(m.ref()));
					opened.put(m.reportId(), dataKey);
				}
				catch (CryptoException ex) {
					// a wrap made for an older key of the granter's: nothing to give
					unopened.add(m.reportId());
				}
			}
			if (dataKey != null) {
				wrap(m, Crypto.wrapFor(readerPublicKeys.get(m.reader()), dataKey,
						ReportKeys.officerContext(m.reader(), m.ref())));
				keys++;
			}
		}
		return new Granted(keys, unopened.size());
	}

	/** Adds the reader's wrap, or replaces one made for an older public key. */
	private void wrap(Missing m, byte[] wrapped) {
		this.jdbc.sql("""
				insert into report_key (report_id, holder, officer_id, wrapped, key_fingerprint)
				values (:r, 'OFFICER', :officer, :wrapped, :fingerprint)
				on conflict (report_id, holder, coalesce(officer_id, 0))
				do update set wrapped = excluded.wrapped, key_fingerprint = excluded.key_fingerprint
				""")
			.param("r", m.reportId())
			.param("officer", m.reader())
			.param("wrapped", wrapped)
			.param("fingerprint", m.fingerprint())
			.update();
	}

	private record Missing(long reportId, UUID ref, byte[] wrapped, long reader, String fingerprint) {

	}

}
