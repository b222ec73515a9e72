package org.causo.fieldwork;

/** How a skill reached was confirmed. */
public enum Method {

	/** The member saw the resident do it. */
	OBSERVED,
	/** The resident said so. */
	SELF_REPORTED,
	/** Shown at a class. */
	CLASS

}
