package org.causo.registry.nationalid;

import java.nio.charset.StandardCharsets;

import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.Sealer;
import org.causo.shared.crypto.ServerSecrets;

import org.springframework.stereotype.Component;

/**
 * Seals national ID numbers under a key derived from the server secret (AES-256-GCM), so
 * that a copy of the database reveals none, and masks them for display.
 */
@Component
public class NationalIds {

	private static final byte[] CONTEXT = "causo/registry/resident.national_id".getBytes(StandardCharsets.UTF_8);

	private final byte[] key;

	NationalIds(ServerSecrets secrets) {
		this.key = secrets.key("registry.national-id.v1");
	}

	public byte[] seal(String nationalId) {
		return (nationalId == null) ? null
				: Crypto.seal(this.key, nationalId.getBytes(StandardCharsets.UTF_8), CONTEXT);
	}

	/** Seals many numbers on one thread (an import, the demo): one cipher for all. */
	public java.util.function.Function<String, byte[]> bulk() {
		Sealer sealer = Crypto.sealer(this.key, CONTEXT);
		return (nationalId) -> (nationalId == null) ? null : sealer.seal(nationalId.getBytes(StandardCharsets.UTF_8));
	}

	public String open(byte[] sealed) {
		return (sealed == null) ? null : new String(Crypto.open(this.key, sealed, CONTEXT), StandardCharsets.UTF_8);
	}

	/** All digits but the last three hidden: "•••••••••123". */
	public String masked(byte[] sealed) {
		String plain = open(sealed);
		if (plain == null) {
			return null;
		}
		int shown = Math.min(3, plain.length() / 3);
		return "•".repeat(plain.length() - shown) + plain.substring(plain.length() - shown);
	}

}
