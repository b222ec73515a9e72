package org.causo.shared.db;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Version-4 UUIDs drawn from a seeded generator, so that demo data made twice is the same
 * data. For demo loaders only: real ids come from {@link UUID#randomUUID()} or the
 * client.
 */
public final class SeededUuids {

	private SeededUuids() {
	}

	public static UUID next(SplittableRandom random) {
		return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
				(random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE);
	}

}
