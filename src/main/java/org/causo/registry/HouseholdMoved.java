package org.causo.registry;

import java.util.List;

/**
 * A household was moved to another hamlet (its residents with it).
 *
 * @param householdId the household
 * @param fromHamletId the hamlet it left
 * @param residents all its residents, archived ones too, with their new place
 */
public record HouseholdMoved(long householdId, long fromHamletId,
		List<ResidentPlace> residents) implements ResidentsChanged {

	public HouseholdMoved {
		residents = List.copyOf(residents);
	}

}
