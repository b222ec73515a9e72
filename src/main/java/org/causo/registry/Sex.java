package org.causo.registry;

/** Sex as recorded in the household book. */
public enum Sex {

	MALE, FEMALE

}
