package org.causo.registry;

import java.util.List;

/**
 * A resident moved to another household (perhaps in another hamlet).
 *
 * @param fromHouseholdId the household they left
 * @param now where they live now
 */
public record ResidentMoved(long fromHouseholdId, ResidentPlace now) implements ResidentsChanged {

	@Override
	public List<ResidentPlace> residents() {
		return List.of(this.now);
	}

}
