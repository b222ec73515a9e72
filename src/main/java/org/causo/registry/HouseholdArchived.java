package org.causo.registry;

import java.util.List;

/**
 * A household was archived: none of its residents counts any more.
 *
 * @param householdId the household
 * @param residents all its residents, archived ones too
 */
public record HouseholdArchived(long householdId, List<ResidentPlace> residents) implements ResidentsChanged {

	public HouseholdArchived {
		residents = List.copyOf(residents);
	}

}
