/**
 * The anonymous form's parts: one-time form tokens, receipts, answers checked, photos
 * cleaned, and the flood limits.
 */
package org.causo.mailbox.submissions;
