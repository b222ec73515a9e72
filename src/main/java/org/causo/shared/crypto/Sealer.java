package org.causo.shared.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals many values under one key and context, as {@link Crypto#seal} does (the same
 * AES-256-GCM format, opened by {@link Crypto#open}), keeping one cipher: no provider
 * lookup and no AES key schedule per value. For bulk work on one thread (an import): not
 * thread-safe. Every value gets its own random IV.
 */
public final class Sealer {

	private final SecretKeySpec key;

	private final byte[] associatedData;

	private final Cipher cipher;

	private final SecureRandom random = new SecureRandom();

	Sealer(byte[] key, byte[] associatedData) {
		if (key == null || key.length != Crypto.KEY_BYTES) {
			throw new Crypto.CryptoException(new GeneralSecurityException("a 32-byte key is required"));
		}
		this.key = new SecretKeySpec(key, "AES");
		this.associatedData = associatedData.clone();
		try {
			this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new Crypto.CryptoException(ex);
		}
	}

	public byte[] seal(byte[] plaintext) {
		try {
			return JceAesGcm.encrypt(this.cipher, this.key, this.random, plaintext, this.associatedData);
		}
		catch (GeneralSecurityException ex) {
			throw new Crypto.CryptoException(ex);
		}
	}

}
