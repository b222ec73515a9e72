package org.causo.mailbox.submissions;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Crypto.Argon2Cost;
import org.causo.shared.crypto.ServerSecrets;

import org.springframework.stereotype.Component;

/**
 * Receipts: 16 digits (53 bits), made from the form's one-time nonce so that a retried
 * submission gets the same receipt. The server keeps only the SHA-256 of an Argon2id
 * derivation peppered with a server secret, and uses the other half of that derivation to
 * wrap the report's data key.
 */
@Component
public class Receipts {

	static final int DIGITS = 16;

	/**
	 * See docs/decisions.md: the pepper and 53 bits carry the weight; Argon2id adds a
	 * cost per guess.
	 */
	public static final Argon2Cost COST = new Argon2Cost(1_024, 2, 1);

	private static final long MODULUS = 10_000_000_000_000_000L;

	private final byte[] receiptKey;

	private final byte[] pepper;

	Receipts(ServerSecrets secrets) {
		this.receiptKey = secrets.key("mailbox-receipt");
		this.pepper = secrets.key("mailbox-receipt-pepper");
	}

	/** The receipt for a form nonce, as 16 digits. */
	public String receiptFor(byte[] nonce) {
		long value = ByteBuffer.wrap(ServerSecrets.hmac(this.receiptKey, nonce)).getLong() & Long.MAX_VALUE;
		return String.format("%016d", value % MODULUS);
	}

	/** Digits only, or empty when the input is not a receipt at all. */
	public static Optional<String> normalize(String typed) {
		if (typed == null || typed.length() > 64) {
			return Optional.empty();
		}
		String digits = typed.replaceAll("[\\s\\-.]", "");
		return digits.matches("\\d{" + DIGITS + "}") ? Optional.of(digits) : Optional.empty();
	}

	public static String grouped(String digits) {
		return digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
	}

	public Derived derive(String digits) {
		byte[] out = Crypto.argon2id(digits.getBytes(StandardCharsets.US_ASCII), this.pepper, COST, 64);
		return new Derived(sha256(Arrays.copyOfRange(out, 0, 32)), Arrays.copyOfRange(out, 32, 64));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a receipt gives.
	 *
	 * @param lookup stored: finds the report
	 * @param wrappingKey never stored: opens the report's data key
	 */
	public record Derived(byte[] lookup, byte[] wrappingKey) {

	}

}
