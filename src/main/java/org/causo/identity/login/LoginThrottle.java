package org.causo.identity.login;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the password checks of the login form, for every account together: each one runs
 * Argon2id (19 MiB, two passes), so an unbounded flood of {@code POST /login} would take
 * every core. Over the limit the form answers at once, without a check, with a message
 * asking to try again in a few seconds. Keyed by nothing: no address, no username.
 */
class LoginThrottle extends OncePerRequestFilter {

	private final Bucket checks;

	LoginThrottle(long perSecond, Clock clock) {
		this.checks = Bucket.builder()
			.withCustomTimePrecision(new ClockTime(clock))
			.addLimit(
					Bandwidth.builder().capacity(perSecond * 2).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!tryCheck()) {
			response.sendRedirect(request.getContextPath() + "/login?busy");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Takes one password check from the shared budget; false when it is spent. */
	boolean tryCheck() {
		return this.checks.tryConsume(1);
	}

	/**
	 * Spends checks as a flood would, beyond the budget if need be (for tests: the budget
	 * then comes back as the clock moves).
	 */
	void spend(long checks) {
		this.checks.consumeIgnoringRateLimits(checks);
	}

	/** The application's clock as Bucket4j's time, so that tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			java.time.Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
