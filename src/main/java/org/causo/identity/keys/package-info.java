/**
 * The life of an officer's key pair: born, re-sealed, dropped, and opened into the
 * session.
 */
package org.causo.identity.keys;
