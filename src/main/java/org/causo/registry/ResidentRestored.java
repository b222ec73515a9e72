package org.causo.registry;

import java.util.List;

/**
 * An archived resident was restored: they count again unless their household is archived.
 *
 * @param now the resident as restored
 */
public record ResidentRestored(ResidentPlace now) implements ResidentsChanged {

	@Override
	public List<ResidentPlace> residents() {
		return List.of(this.now);
	}

}
