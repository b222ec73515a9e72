/**
 * Households as stored: their SQL, the hamlet names they are shown with, and how they
 * follow a hamlet that moves to another commune.
 */
package org.causo.registry.households;
