package org.causo.devices;

/** Who gives phones. */
public enum DonorKind {

	/** A company or association: Viettel, VNPT, a business. */
	ORGANISATION,
	/** A unit of the state or the party: the youth union, a border-guard unit. */
	UNIT,
	/** A person. */
	INDIVIDUAL

}
