/**
 * The nightly purge of reports whose mailbox's retention period has passed.
 */
package org.causo.mailbox.retention;
