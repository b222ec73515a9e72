/**
 * The ledger of field facts: every client-made id once, with its canonical content, so
 * that a replay is a no-op and a changed replay a conflict; and the rule for a fact's
 * day.
 */
package org.causo.fieldwork.ledger;
