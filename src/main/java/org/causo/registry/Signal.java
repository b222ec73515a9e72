package org.causo.registry;

/**
 * The signal of one operator at home.
 *
 * @param network best generation available, NONE for no signal
 * @param bars bars shown on a phone, 0–4
 */
public record Signal(Network network, Integer bars) {

}
