package org.causo.identity.totp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.springframework.stereotype.Component;

/**
 * RFC 6238 codes: 6 digits, 30-second steps, one step of drift either way. The caller
 * refuses a step already used, so a code cannot be replayed.
 */
@Component
public class Totp {

	public static final int PERIOD_SECONDS = 30;

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
	}

	public String newSecret() {
		return this.secrets.generate();
	}

	/** The time step the code matches, or -1. */
	/** The current 30-second step. */
	public long currentStep() {
		return this.clock.millis() / 1000 / PERIOD_SECONDS;
	}

	public long matchingStep(String secret, String code) {
		if (secret == null || code == null) {
			return -1;
		}
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return -1;
		}
		long now = this.clock.millis() / 1000 / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return step;
			}
		}
		return -1;
	}

	public String codeAt(String secret, long step) {
		try {
			return this.generator.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("TOTP code generation failed", ex);
		}
	}

	public static String otpauthUri(String username, String secret) {
		String label = java.net.URLEncoder.encode("Cầu Số:" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Cau%20So&algorithm=SHA1&digits=6&period="
				+ PERIOD_SECONDS;
	}

}
