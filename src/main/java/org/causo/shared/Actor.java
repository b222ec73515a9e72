package org.causo.shared;

/**
 * The officer behind the current request, as other modules need to know it (for audit and
 * scope) without depending on the identity module. The identity module's principal
 * implements it.
 */
public interface Actor {

	long officerId();

	String username();

	Scope scope();

}
