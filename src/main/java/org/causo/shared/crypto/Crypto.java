package org.causo.shared.crypto;

import java.security.SecureRandom;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The few cryptographic operations Cầu Số uses, on Google Tink and Bouncy Castle:
 * <ul>
 * <li>AES-256-GCM with a raw 32-byte key, for content under a data key;</li>
 * <li>HPKE (X25519, HKDF-SHA256, AES-256-GCM) key pairs, to wrap a data key for a
 * reader;</li>
 * <li>Argon2id, to turn a password or a receipt into a key.</li>
 * </ul>
 */
public final class Crypto {

	public static final int KEY_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Crypto() {
	}

	public static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	public static byte[] newDataKey() {
		return randomBytes(KEY_BYTES);
	}

	/**
	 * Encrypts with a raw 32-byte key; the associated data binds the ciphertext to its
	 * place.
	 */
	public static byte[] seal(byte[] key, byte[] plaintext, byte[] associatedData) {
		return Primitives.tink(() -> Primitives.aead(key).encrypt(plaintext, associatedData));
	}

	/**
	 * A {@link Sealer} for many values under one key and place, on one thread; what it
	 * seals opens with {@link #open}.
	 */
	public static Sealer sealer(byte[] key, byte[] associatedData) {
		return new Sealer(key, associatedData);
	}

	public static byte[] open(byte[] key, byte[] ciphertext, byte[] associatedData) {
		return Primitives.tink(() -> Primitives.aead(key).decrypt(ciphertext, associatedData));
	}

	/**
	 * A new key pair: the public half to share, the private half sealed under a wrapping
	 * key.
	 */
	public static KeyPair newKeyPair(byte[] wrappingKey, byte[] associatedData) {
		return Primitives.tink(() -> {
			KeysetHandle privateKeyset = KeysetHandle.generateNew(Primitives.HPKE);
			byte[] publicKeyset = TinkProtoKeysetFormat
				.serializeKeysetWithoutSecret(privateKeyset.getPublicKeysetHandle());
			byte[] sealed = TinkProtoKeysetFormat.serializeEncryptedKeyset(privateKeyset, Primitives.aead(wrappingKey),
					associatedData);
			return new KeyPair(publicKeyset, sealed);
		});
	}

	/**
	 * Opens a sealed private key and returns it serialized, to be sealed again elsewhere.
	 */
	public static byte[] unsealPrivateKey(byte[] sealed, byte[] wrappingKey, byte[] associatedData) {
		return Primitives.tink(() -> {
			KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(sealed, Primitives.aead(wrappingKey),
					associatedData);
			return TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
		});
	}

	/**
	 * Seals a serialized private key under another wrapping key (password change,
	 * session).
	 */
	public static byte[] sealPrivateKey(byte[] privateKeyset, byte[] wrappingKey, byte[] associatedData) {
		return Primitives.tink(() -> {
			KeysetHandle handle = TinkProtoKeysetFormat.parseKeyset(privateKeyset, InsecureSecretKeyAccess.get());
			return TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, Primitives.aead(wrappingKey), associatedData);
		});
	}

	/** Wraps a data key for the holder of a public key. */
	public static byte[] wrapFor(byte[] publicKeyset, byte[] dataKey, byte[] context) {
		return Primitives.tink(() -> TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset)
			.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class)
			.encrypt(dataKey, context));
	}

	/** Unwraps a data key with a serialized private key. */
	public static byte[] unwrapWith(byte[] privateKeyset, byte[] wrapped, byte[] context) {
		return Primitives.tink(() -> TinkProtoKeysetFormat.parseKeyset(privateKeyset, InsecureSecretKeyAccess.get())
			.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class)
			.decrypt(wrapped, context));
	}

	/**
	 * Argon2id over a secret (password, receipt) with a salt; returns {@code length}
	 * bytes.
	 */
	public static byte[] argon2id(byte[] secret, byte[] salt, Argon2Cost cost, int length) {
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withSalt(salt)
			.withMemoryAsKB(cost.memoryKiB())
			.withIterations(cost.iterations())
			.withParallelism(cost.parallelism())
			.build());
		byte[] out = new byte[length];
		generator.generateBytes(secret, out);
		return out;
	}

	/**
	 * A key pair as stored.
	 *
	 * @param publicKeyset the public half, Tink's serialization
	 * @param sealedPrivateKeyset the private half, encrypted under the wrapping key
	 */
	public record KeyPair(byte[] publicKeyset, byte[] sealedPrivateKeyset) {

	}

	/**
	 * Argon2id cost.
	 *
	 * @param memoryKiB memory in KiB
	 * @param iterations passes
	 * @param parallelism lanes
	 */
	public record Argon2Cost(int memoryKiB, int iterations, int parallelism) {

		/** OWASP's minimum for passwords: 19 MiB, 2 passes. */
		public static final Argon2Cost PASSWORD = new Argon2Cost(19_456, 2, 1);

	}

	/** A cryptographic operation failed: a wrong key, or data that was tampered with. */
	public static class CryptoException extends RuntimeException {

		CryptoException(Throwable cause) {
			super("cryptographic operation failed", cause);
		}

	}

}
