package org.causo.orgunit;

/** The three levels of the administrative hierarchy since July 2025. */
public enum UnitKind {

	PROVINCE, COMMUNE, HAMLET;

	/** The kind a parent of this kind must have, or null for the root. */
	public UnitKind parentKind() {
		return switch (this) {
			case PROVINCE -> null;
			case COMMUNE -> PROVINCE;
			case HAMLET -> COMMUNE;
		};
	}

}
