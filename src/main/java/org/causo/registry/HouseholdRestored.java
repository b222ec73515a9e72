package org.causo.registry;

import java.util.List;

/**
 * An archived household was restored: its residents who are not archived count again.
 *
 * @param householdId the household
 * @param residents all its residents, archived ones too
 */
public record HouseholdRestored(long householdId, List<ResidentPlace> residents) implements ResidentsChanged {

	public HouseholdRestored {
		residents = List.copyOf(residents);
	}

}
