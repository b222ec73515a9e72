package org.causo.registry;

import java.util.List;

/**
 * A registry change after which some residents live elsewhere or count differently: a
 * resident moved, archived or restored, a household archived, restored or moved to
 * another hamlet. Published inside the registry's transaction, so that modules keeping
 * figures per hamlet (fieldwork's skills roll-up) can follow in the same transaction.
 */
public sealed interface ResidentsChanged permits ResidentMoved, ResidentArchived, ResidentRestored, HouseholdArchived,
		HouseholdRestored, HouseholdMoved {

	/** The residents concerned, each with where they are now. */
	List<ResidentPlace> residents();

}
