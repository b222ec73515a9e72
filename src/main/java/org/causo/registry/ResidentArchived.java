package org.causo.registry;

import java.util.List;

/**
 * A resident was archived (no longer lives here): they no longer count.
 *
 * @param now the resident, inactive
 */
public record ResidentArchived(ResidentPlace now) implements ResidentsChanged {

	@Override
	public List<ResidentPlace> residents() {
		return List.of(this.now);
	}

}
