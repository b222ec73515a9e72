package org.causo.mailbox;

import java.util.Base64;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.shared.InvalidInputException;
import org.causo.shared.crypto.Crypto;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command's offline recovery key. Its private half is shown once, to be printed and
 * kept in the command's safe; the server keeps only the public half and wraps every new
 * report's data key for it. Pasting the private half back grants a mailbox's reports to
 * its current readers.
 */
@Service
@Transactional
public class RecoveryKeys {

	private static final byte[] SEAL_CONTEXT = "recovery-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	RecoveryKeys(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public boolean exists() {
		return activePublicKey().isPresent();
	}

	/**
	 * Makes a new recovery key (retiring the previous one for new reports) and returns
	 * its private half as text, once. The command's administrators do this at set-up.
	 */
	public String create() {
		byte[] sealingKey = Crypto.newDataKey();
		Crypto.KeyPair pair = Crypto.newKeyPair(sealingKey, SEAL_CONTEXT);
		byte[] privateKeyset = Crypto.unsealPrivateKey(pair.sealedPrivateKeyset(), sealingKey, SEAL_CONTEXT);
		this.jdbc.sql("update recovery_key set retired_at = now() where retired_at is null").update();
		this.jdbc.sql("insert into recovery_key (public_keyset) values (:key)")
			.param("key", pair.publicKeyset())
			.update();
		this.audit.record("RECOVERY_KEY_CREATED", "recovery_key", null, null);
		return Base64.getEncoder().encodeToString(privateKeyset);
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> activePublicKey() {
		return this.jdbc.sql("select public_keyset from recovery_key where retired_at is null")
			.query(byte[].class)
			.optional();
	}

	/** The private half as pasted back, or a 400 when it is not one. */
	static byte[] parse(String text) {
		try {
			return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw InvalidInputException.of("recoveryKey", "recovery.error.key");
		}
	}

}
