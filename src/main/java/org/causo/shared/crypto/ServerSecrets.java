package org.causo.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.causo.shared.OwnerOnlyFile;
import org.causo.shared.db.Deployment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's master secret, from which named sub-keys are derived (the receipt pepper,
 * the form-token key). In production it comes from {@code CAUSO_SECRETS_MASTER} (base64,
 * 32 bytes, the same on every node, kept outside the database); on the embedded database
 * it is created once in {@code data/secrets/master.key}. It is never logged.
 */
@Component
public class ServerSecrets {

	private final byte[] master;

	ServerSecrets(@Value("${causo.secrets.master:}") String configured, Deployment deployment) {
		this.master = configured.isBlank() ? fromDataDir(deployment) : decode(configured);
	}

	/** A 32-byte key for one purpose, derived from the master secret. */
	public byte[] key(String purpose) {
		return hmac(this.master, purpose.getBytes(StandardCharsets.UTF_8));
	}

	public static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] decode(String configured) {
		byte[] bytes = Base64.getDecoder().decode(configured.strip());
		if (bytes.length < 32) {
			throw new IllegalStateException("CAUSO_SECRETS_MASTER must be at least 32 random bytes in base64");
		}
		return bytes;
	}

	private static byte[] fromDataDir(Deployment deployment) {
		if (!deployment.embedded()) {
			throw new IllegalStateException("Set CAUSO_SECRETS_MASTER (32 random bytes, base64: "
					+ "'openssl rand -base64 32'), the same on every node; see docs/operations.md");
		}
		Path file = deployment.dataDir().resolve("secrets").resolve("master.key");
		try {
			if (!Files.exists(file)) {
				OwnerOnlyFile.write(file, Base64.getEncoder().encodeToString(Crypto.randomBytes(32)));
			}
			OwnerOnlyFile.restrict(file);
			return decode(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
