/**
 * The officers' list of a mailbox's reports and their unread counts: metadata only.
 */
package org.causo.mailbox.inbox;
