package org.causo.registry;

/** The main obstacle a household names to using a smartphone. */
public enum Obstacle {

	COST, NO_SIGNAL, CANNOT_READ, NOT_INTERESTED, OTHER

}
