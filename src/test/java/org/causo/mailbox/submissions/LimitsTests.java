package org.causo.mailbox.submissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.causo.mailbox.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LimitsTests {

	private final StepClock clock = new StepClock(Instant.parse("2026-11-23T08:10:00Z"));

	@Test
	void aPointOverItsHourlyLimitIsRefusedOthersAreNotAndTheNextHourStartsAfresh() {
		Limits limits = new Limits(3, 1_000, 10, this.clock);
		for (int i = 0; i < 3; i++) {
			limits.submission("MARKET42");
		}
		assertThatThrownBy(() -> limits.submission("MARKET42")).isInstanceOf(TooManyAttemptsException.class);
		limits.submission("SCHOOL77");
		this.clock.advance(Duration.ofHours(1));
		limits.submission("MARKET42");
	}

	@Test
	void theGlobalLimitCoversAllPoints() {
		Limits limits = new Limits(100, 2, 10, this.clock);
		limits.submission("MARKET42");
		limits.submission("SCHOOL77");
		assertThatThrownBy(() -> limits.submission("GATE2345")).isInstanceOf(TooManyAttemptsException.class);
	}

	@Test
	void aFloodAtAFullPointLeavesTheGlobalShareToTheOtherPoints() {
		Limits limits = new Limits(1, 3, 10, this.clock);
		limits.submission("MARKET42");
		for (int i = 0; i < 10; i++) {
			assertThatThrownBy(() -> limits.submission("MARKET42")).isInstanceOf(TooManyAttemptsException.class);
		}
		limits.submission("SCHOOL77");
		limits.submission("GATE2345");
	}

	@Test
	void bucketsAreHeldUnderSaltedHashesThatChangeEachHour() {
		Limits limits = new Limits(100, 1_000, 10, this.clock);
		limits.submission("MARKET42");
		String thisHour = limits.heldKeys().iterator().next();
		assertThat(thisHour).doesNotContain("MARKET42").hasSize(64);
		this.clock.advance(Duration.ofHours(1));
		limits.submission("MARKET42");
		assertThat(limits.heldKeys()).hasSize(1).doesNotContain(thisHour);
	}

	@Test
	void wrongReceiptsAreLimitedForEveryoneOnceTheBucketIsEmpty() {
		Limits limits = new Limits(100, 1_000, 2, this.clock);
		limits.wrongReceipt();
		limits.wrongReceipt();
		assertThatThrownBy(limits::wrongReceipt).isInstanceOf(TooManyAttemptsException.class);
	}

	@Test
	void aRetryOfAFormAlreadySentIsCountedByTheGlobalBucketNotByThePoints() {
		Limits limits = new Limits(1, 3, 10, this.clock);
		limits.submission("MARKET42");
		assertThatThrownBy(() -> limits.submission("MARKET42")).isInstanceOf(TooManyAttemptsException.class);
		limits.retry();
		limits.retry();
		assertThatThrownBy(limits::retry).isInstanceOf(TooManyAttemptsException.class);
	}

	/** A clock that stands still until the test moves it. */
	private static final class StepClock extends Clock {

		private Instant now;

		StepClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
