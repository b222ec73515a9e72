package org.causo.shared.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;

/**
 * AES-256-GCM in Tink's {@code AesGcmJce} format (12-byte random IV, then ciphertext and
 * 16-byte tag), straight on the JDK's cipher. Tink's class draws each IV from a
 * {@code SecureRandom} it makes per thread, and with a virtual thread per request that is
 * a new one, looked up by reflection, for every seal; here one shared, thread-safe
 * generator serves all. Data sealed by either opens with the other (tested).
 */
final class JceAesGcm implements Aead {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	JceAesGcm(byte[] key) throws GeneralSecurityException {
		if (key == null || key.length != 32) {
			throw new GeneralSecurityException("a 32-byte key is required");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	@Override
	public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
		return encrypt(Cipher.getInstance("AES/GCM/NoPadding"), this.key, RANDOM, plaintext, associatedData);
	}

	/**
	 * The format itself, on a cipher the caller may keep ({@link Sealer} does): a random
	 * IV, then ciphertext and tag.
	 */
	static byte[] encrypt(Cipher cipher, SecretKeySpec key, SecureRandom random, byte[] plaintext,
			byte[] associatedData) throws GeneralSecurityException {
		byte[] out = new byte[IV_BYTES + plaintext.length + TAG_BITS / 8];
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		System.arraycopy(iv, 0, out, 0, IV_BYTES);
		cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
		if (associatedData != null) {
			cipher.updateAAD(associatedData);
		}
		cipher.doFinal(plaintext, 0, plaintext.length, out, IV_BYTES);
		return out;
	}

	@Override
	public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
		if (ciphertext == null || ciphertext.length < IV_BYTES + TAG_BITS / 8) {
			throw new GeneralSecurityException("ciphertext too short");
		}
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, this.key,
				new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(ciphertext, 0, IV_BYTES)));
		if (associatedData != null) {
			cipher.updateAAD(associatedData);
		}
		return cipher.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES);
	}

}
