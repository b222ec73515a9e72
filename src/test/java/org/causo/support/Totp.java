package org.causo.support;

import java.time.Clock;
import java.time.Duration;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** Makes the code an authenticator app would show, on the application's clock. */
public final class Totp {

	private Totp() {
	}

	/** Moves the clock to an unused 30-second step and returns that step's code. */
	public static String freshCode(TestClock clock, String secret) {
		clock.advance(Duration.ofSeconds(30));
		return codeAt(clock, secret);
	}

	public static String codeAt(Clock clock, String secret) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, clock.millis() / 1000 / 30);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
