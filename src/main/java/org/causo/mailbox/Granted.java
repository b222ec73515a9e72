package org.causo.mailbox;

/**
 * What a grant did.
 *
 * @param keys how many report keys were given to readers
 * @param unopened how many reports the granter could not open (their own key was reset
 * since, or a recovery wrap of another key) and so could not give
 */
public record Granted(int keys, int unopened) {

}
