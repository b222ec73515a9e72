package org.causo.mailbox.submissions;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.causo.mailbox.TooManyAttemptsException;
import org.causo.shared.crypto.ServerSecrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * In-memory rate limits for the anonymous side, keyed by QR code or by nothing at all:
 * never by anything that says who the reporter is. Even the per-point buckets are held
 * under a salted hash of the code, with a salt drawn at random each hour and then
 * forgotten together with that hour's buckets, so a memory dump does not tell which
 * points were busy before. They reset when the node restarts; with several nodes each
 * enforces its own share.
 */
@Component
public class Limits {

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private volatile Window window;

	private final Bucket global;

	private final Bucket receipts;

	private final long pointPerHour;

	Limits(@Value("${causo.mailbox.limits.point-per-hour:120}") long pointPerHour,
			@Value("${causo.mailbox.limits.global-per-minute:6000}") long globalPerMinute,
			@Value("${causo.mailbox.limits.wrong-receipts-per-minute:600}") long wrongReceiptsPerMinute, Clock clock) {
		this.pointPerHour = pointPerHour;
		this.clock = clock;
		this.global = bucket(globalPerMinute, Duration.ofMinutes(1));
		this.receipts = bucket(wrongReceiptsPerMinute, Duration.ofMinutes(1));
	}

	public void submission(String code) {
		Window current = window();
		Bucket point = current.buckets()
			.computeIfAbsent(current.key(code), (k) -> bucket(this.pointPerHour, Duration.ofHours(1)));
		// the point first: a flood at one full point must not drain every point's share
		if (!point.tryConsume(1)) {
			throw new TooManyAttemptsException();
		}
		if (!this.global.tryConsume(1)) {
			point.addTokens(1);
			throw new TooManyAttemptsException();
		}
	}

	/** The keys the per-point buckets are held under this hour (for tests). */
	Set<String> heldKeys() {
		return Set.copyOf(window().buckets().keySet());
	}

	/**
	 * A retry of a form already sent, or a reply with photos: the global bucket only. A
	 * point's own bucket counts new reports.
	 */
	public void retry() {
		if (!this.global.tryConsume(1)) {
			throw new TooManyAttemptsException();
		}
	}

	/**
	 * A wrong receipt costs a token of one bucket for everyone; once it is empty, wrong
	 * receipts get the "busy" page. A correct receipt is never asked for a token, so a
	 * flood of wrong ones locks no reporter out of their thread.
	 */
	public void wrongReceipt() {
		if (!this.receipts.tryConsume(1)) {
			throw new TooManyAttemptsException();
		}
	}

	private Window window() {
		long hour = this.clock.instant().getEpochSecond() / 3600;
		Window current = this.window;
		if (current == null || current.hour() != hour) {
			synchronized (this) {
				current = this.window;
				if (current == null || current.hour() != hour) {
					byte[] salt = new byte[32];
					this.random.nextBytes(salt);
					current = new Window(hour, salt, new ConcurrentHashMap<>());
					this.window = current;
				}
			}
		}
		return current;
	}

	private static Bucket bucket(long capacity, Duration period) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

	/** One hour's salt and the per-point buckets held under it. */
	private record Window(long hour, byte[] salt, ConcurrentMap<String, Bucket> buckets) {

		String key(String code) {
			return HexFormat.of().formatHex(ServerSecrets.hmac(this.salt, code.getBytes(StandardCharsets.UTF_8)));
		}

	}

}
