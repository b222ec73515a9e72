package org.causo.shared.db.stores;

/**
 * How long each phase of a bulk write took (the demo loaders write tens of thousands of
 * rows), gathered into one log line: {@code generated 120 ms, households 340 ms}.
 */
public final class BulkTimings {

	private BulkTimings() {
	}

	/**
	 * Adds the phase that ran since {@code since} (from {@link System#nanoTime()}) to
	 * {@code phases}; returns the time it ended, where the next phase starts.
	 */
	public static long phase(StringBuilder phases, String name, long since) {
		long now = System.nanoTime();
		phases.append(phases.isEmpty() ? "" : ", ")
			.append(name)
			.append(' ')
			.append((now - since) / 1_000_000)
			.append(" ms");
		return now;
	}

}
