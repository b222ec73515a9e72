package org.causo.mailbox;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * In-memory rate limits for the anonymous side, keyed by QR code or by nothing at all:
 * never by anything that says who the reporter is. They reset when the node restarts;
 * with several nodes each enforces its own share.
 */
@Component
class Limits {

	private final ConcurrentMap<String, Bucket> perPoint = new ConcurrentHashMap<>();

	private final Bucket global;

	private final Bucket receipts;

	private final long pointPerHour;

	Limits(@Value("${causo.mailbox.limits.point-per-hour:120}") long pointPerHour,
			@Value("${causo.mailbox.limits.global-per-minute:6000}") long globalPerMinute,
			@Value("${causo.mailbox.limits.wrong-receipts-per-minute:120}") long wrongReceiptsPerMinute) {
		this.pointPerHour = pointPerHour;
		this.global = bucket(globalPerMinute, Duration.ofMinutes(1));
		this.receipts = bucket(wrongReceiptsPerMinute, Duration.ofMinutes(1));
	}

	void submission(String code) {
		Bucket point = this.perPoint.computeIfAbsent(code, (c) -> bucket(this.pointPerHour, Duration.ofHours(1)));
		if (!this.global.tryConsume(1) || !point.tryConsume(1)) {
			throw new TooManyAttemptsException();
		}
	}

	/** Checked before a receipt is tried; a wrong one then costs a token. */
	void receiptAllowed() {
		if (this.receipts.getAvailableTokens() <= 0) {
			throw new TooManyAttemptsException();
		}
	}

	void wrongReceipt() {
		this.receipts.tryConsume(1);
	}

	private static Bucket bucket(long capacity, Duration period) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

}
