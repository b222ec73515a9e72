/**
 * Counting SQL for the mailbox figures: metadata only.
 */
package org.causo.mailbox.stats;
