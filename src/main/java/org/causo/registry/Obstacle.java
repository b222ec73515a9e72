package org.causo.registry;

/**
 * The main obstacle a household names to using a smartphone; NONE is a real answer, not
 * the same as a question not asked (null).
 */
public enum Obstacle {

	NONE, COST, NO_SIGNAL, CANNOT_READ, NOT_INTERESTED, OTHER

}
