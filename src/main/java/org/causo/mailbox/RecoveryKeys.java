package org.causo.mailbox;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.identity.Officers;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Crypto.CryptoException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command's offline recovery key, one for the whole installation. Its private half is
 * shown once, to be printed and kept in the command's safe; the server keeps only the
 * public half and wraps every new report's data key for it. Pasting the private half back
 * grants a mailbox's reports to its current readers.
 *
 * <p>
 * Since it covers every province, only a national administrator may replace it, after a
 * fresh TOTP code, in two steps: a new pair is made and shown, and only once the
 * administrator confirms it is stored does it replace the old one for new reports.
 */
@Service
@Transactional
public class RecoveryKeys {

	private static final byte[] SEAL_CONTEXT = "recovery-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final byte[] PROBE_CONTEXT = "recovery-probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	private final Officers officers;

	private final AuditTrail audit;

	RecoveryKeys(JdbcClient jdbc, Officers officers, AuditTrail audit) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.audit = audit;
	}

	/**
	 * A recovery key that wraps new reports.
	 *
	 * @param id its row
	 * @param publicKeyset its public half
	 */
	public record ActiveKey(long id, byte[] publicKeyset) {

	}

	/**
	 * A new key shown to the administrator who made it, not yet in use.
	 *
	 * @param id its row, to confirm
	 * @param privateKey the private half as text, shown once
	 */
	public record PendingKey(long id, String privateKey) {

	}

	@Transactional(readOnly = true)
	public boolean exists() {
		return activeKey().isPresent();
	}

	/**
	 * First step of a replacement: checks that the administrator is national and typed a
	 * fresh TOTP code, makes a new pair (dropping any earlier one not confirmed) and
	 * returns its private half, once. The current key keeps covering new reports.
	 */
	public PendingKey prepare(Scope scope, long officerId, String totpCode) {
		mustBeNational(scope);
		this.officers.checkFreshTotp(officerId, totpCode);
		byte[] sealingKey = Crypto.newDataKey();
		Crypto.KeyPair pair = Crypto.newKeyPair(sealingKey, SEAL_CONTEXT);
		byte[] privateKeyset = Crypto.unsealPrivateKey(pair.sealedPrivateKeyset(), sealingKey, SEAL_CONTEXT);
		this.jdbc.sql("delete from recovery_key where activated_at is null and retired_at is null").update();
		long id = this.jdbc.sql("""
				insert into recovery_key (public_keyset, created_by) values (:key, :officer) returning id
				""").param("key", pair.publicKeyset()).param("officer", officerId).query(Long.class).single();
		this.audit.record("RECOVERY_KEY_PREPARED", "recovery_key", id, null);
		return new PendingKey(id, Base64.getEncoder().encodeToString(privateKeyset));
	}

	/**
	 * Second step: the administrator who made the pending key says it is stored; it then
	 * replaces the current key for new reports. Older reports stay wrapped for the old
	 * key, which keeps opening them.
	 */
	public void confirm(Scope scope, long officerId, long pendingId, boolean stored) {
		mustBeNational(scope);
		if (!stored) {
			throw InvalidInputException.of("stored", "recovery.error.stored");
		}
		int pending = this.jdbc.sql("""
				select count(*) from recovery_key
				where id = :id and created_by = :officer and activated_at is null and retired_at is null
				""").param("id", pendingId).param("officer", officerId).query(Integer.class).single();
		if (pending != 1) {
			throw InvalidInputException.of(null, "recovery.error.pending");
		}
		this.jdbc
			.sql("update recovery_key set retired_at = now() where retired_at is null and activated_at is not null")
			.update();
		this.jdbc.sql("update recovery_key set activated_at = now() where id = :id").param("id", pendingId).update();
		this.audit.record("RECOVERY_KEY_REPLACED", "recovery_key", pendingId, null);
	}

	/** Only a national administrator sees or replaces the installation's recovery key. */
	public void mustBeNational(Scope scope) {
		if (!scope.everything()) {
			throw new NotFoundException("recovery key");
		}
	}

	@Transactional(readOnly = true)
	public Optional<ActiveKey> activeKey() {
		return this.jdbc
			.sql("select id, public_keyset from recovery_key where retired_at is null and activated_at is not null")
			.query((rs, i) -> new ActiveKey(rs.getLong(1), rs.getBytes(2)))
			.optional();
	}

	/**
	 * Which recovery key, active or retired, a private half belongs to: each public half
	 * wraps a probe that only its own private half opens.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> identify(byte[] privateKeyset) {
		List<ActiveKey> keys = this.jdbc
			.sql("select id, public_keyset from recovery_key where activated_at is not null order by id desc")
			.query((rs, i) -> new ActiveKey(rs.getLong(1), rs.getBytes(2)))
			.list();
		byte[] probe = Crypto.randomBytes(16);
		for (ActiveKey key : keys) {
			try {
				byte[] opened = Crypto.unwrapWith(privateKeyset,
						Crypto.wrapFor(key.publicKeyset(), probe, PROBE_CONTEXT), PROBE_CONTEXT);
				if (java.util.Arrays.equals(opened, probe)) {
					return Optional.of(key.id());
				}
			}
			catch (CryptoException | IllegalArgumentException ex) {
				// not this key, or not a key at all
			}
		}
		return Optional.empty();
	}

	/** The private half as pasted back, or a 400 when it is not one. */
	public static byte[] parse(String text) {
		try {
			return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw InvalidInputException.of("recoveryKey", "recovery.error.key");
		}
	}

}
