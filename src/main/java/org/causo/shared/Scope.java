package org.causo.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What part of the country an officer may see. Queries filter by it; a row outside the
 * scope behaves as if it did not exist.
 *
 * @param everything the whole country (national administrators)
 * @param unitPaths materialised paths of the org units at the top of the scope;
 * everything below them is inside
 * @param postIds border posts the officer belongs to
 */
public record Scope(boolean everything, List<String> unitPaths, Set<Long> postIds) implements Serializable {

	public Scope {
		unitPaths = List.copyOf(unitPaths);
		postIds = Set.copyOf(postIds);
	}

	public static Scope all() {
		return new Scope(true, List.of(), Set.of());
	}

	public static Scope none() {
		return new Scope(false, List.of(), Set.of());
	}

	/** Whether a unit with this path is inside the scope. */
	public boolean covers(String unitPath) {
		return this.everything || this.unitPaths.stream().anyMatch(unitPath::startsWith);
	}

	/** Path prefixes as LIKE patterns, for {@code path like any(:patterns)}. */
	public String[] pathPatterns() {
		if (this.everything) {
			return new String[] { "/%" };
		}
		return this.unitPaths.stream().map((p) -> p + "%").toArray(String[]::new);
	}

}
