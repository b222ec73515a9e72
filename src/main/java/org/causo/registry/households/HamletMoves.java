package org.causo.registry.households;

import java.util.List;

import org.causo.orgunit.HamletMoved;
import org.causo.shared.InvalidInputException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps households in step when a hamlet moves to another commune: their commune and the
 * path that scope compares follow, in the same transaction. A move that would give two
 * households of the new commune the same code is refused.
 */
@Component
class HamletMoves {

	private final HouseholdStore households;

	HamletMoves(HouseholdStore households) {
		this.households = households;
	}

	@EventListener
	void on(HamletMoved moved) {
		List<String> clashes = this.households.clashes(moved.hamletId(), moved.communeId());
		if (!clashes.isEmpty()) {
			throw InvalidInputException.of("parentId", "household.error.hamletMoveClash",
					String.join(", ", clashes.stream().limit(10).toList()));
		}
		this.households.hamletMoved(moved.hamletId(), moved.communeId(), moved.path());
	}

}
