package org.causo.shared.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;

/**
 * What {@link Crypto} is built on: the HPKE suite (X25519, HKDF-SHA256, AES-256-GCM),
 * AES-GCM under a raw 32-byte key, and Tink's checked failures turned into one unchecked
 * exception.
 */
final class Primitives {

	static final HpkeParameters HPKE;

	static {
		try {
			HybridConfig.register();
			HPKE = HpkeParameters.builder()
				.setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
				.setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
				.setAeadId(HpkeParameters.AeadId.AES_256_GCM)
				.setVariant(HpkeParameters.Variant.NO_PREFIX)
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private Primitives() {
	}

	/**
	 * Runs a Tink operation; its checked failure becomes a
	 * {@link Crypto.CryptoException}.
	 */
	static <T> T tink(TinkOperation<T> operation) {
		try {
			return operation.run();
		}
		catch (GeneralSecurityException ex) {
			throw new Crypto.CryptoException(ex);
		}
	}

	static Aead aead(byte[] key) throws GeneralSecurityException {
		if (key == null || key.length != Crypto.KEY_BYTES) {
			throw new GeneralSecurityException("a 32-byte key is required");
		}
		return new JceAesGcm(key);
	}

	@FunctionalInterface
	interface TinkOperation<T> {

		T run() throws GeneralSecurityException;

	}

}
