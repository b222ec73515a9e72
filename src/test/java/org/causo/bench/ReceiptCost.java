package org.causo.bench;

import java.nio.charset.StandardCharsets;

import org.causo.shared.crypto.Crypto;

/**
 * Prints the cost of one receipt derivation (Argon2id at the mailbox's parameters) and of
 * one password derivation. Run by bench/run-mailbox.sh; not a test.
 */
public final class ReceiptCost {

	private ReceiptCost() {
	}

	public static void main(String[] args) {
		// the receipt's cost, as org.causo.mailbox.Receipts.COST has it
		measure("receipt Argon2id 1 MiB, t=2, p=1", new Crypto.Argon2Cost(1_024, 2, 1));
		measure("(for comparison) Argon2id 2 MiB, t=2, p=1", new Crypto.Argon2Cost(2_048, 2, 1));
		measure("(for comparison) Argon2id 4 MiB, t=2, p=1", new Crypto.Argon2Cost(4_096, 2, 1));
		measure("(for comparison) Argon2id 8 MiB, t=2, p=1", new Crypto.Argon2Cost(8_192, 2, 1));
		measure("password Argon2id 19 MiB, t=2, p=1", Crypto.Argon2Cost.PASSWORD);
		byte[] wrapping = Crypto.newDataKey();
		byte[] context = "bench".getBytes(StandardCharsets.US_ASCII);
		Crypto.KeyPair reader = Crypto.newKeyPair(wrapping, context);
		byte[] dataKey = Crypto.newDataKey();
		time("HPKE wrap of a data key for one reader", () -> Crypto.wrapFor(reader.publicKeyset(), dataKey, context));
		byte[] text = new byte[2000];
		time("AES-256-GCM seal of a 2 KB report", () -> Crypto.seal(dataKey, text, context));
	}

	private static void time(String label, Runnable work) {
		for (int i = 0; i < 200; i++) {
			work.run();
		}
		int n = 1000;
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			work.run();
		}
		System.out.printf("%s: %.3f ms on one core%n", label, (System.nanoTime() - start) / 1e6 / n);
	}

	private static void measure(String label, Crypto.Argon2Cost cost) {
		byte[] secret = "1234567890123456".getBytes(StandardCharsets.US_ASCII);
		byte[] salt = Crypto.randomBytes(32);
		for (int i = 0; i < 20; i++) {
			Crypto.argon2id(secret, salt, cost, 64);
		}
		int n = 200;
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			Crypto.argon2id(secret, salt, cost, 64);
		}
		double ms = (System.nanoTime() - start) / 1e6 / n;
		System.out.printf("%s: %.2f ms per derivation on one core%n", label, ms);
	}

}
