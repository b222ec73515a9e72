package org.causo.mailbox;

/**
 * The public form as submitted.
 *
 * @param category category or topic
 * @param text what happened
 * @param when optional: when
 * @param where optional: where
 * @param website the honeypot: people leave it empty, bots fill it
 * @param token the signed one-time form token
 */
public record TipForm(String category, String text, String when, String where, String website, String token) {

}
