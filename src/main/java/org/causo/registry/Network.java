package org.causo.registry;

/** The best mobile network generation available at home. */
public enum Network {

	NONE, G2, G3, G4, G5

}
