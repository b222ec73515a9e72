package org.causo.library;

/** How one document acts on another. */
public enum LinkKind {

	AMENDS, REPLACES

}
