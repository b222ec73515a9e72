package org.causo.mailbox;

/**
 * The receipt shown once after a submission.
 *
 * @param grouped 16 digits in groups of four
 * @param retried whether this was a retry of a form already stored
 */
public record Receipt(String grouped, boolean retried) {

}
