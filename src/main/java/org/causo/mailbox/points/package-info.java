/**
 * The mailboxes' set-up: mailboxes opened at a post, their QR points and codes, posters,
 * and where a code leads.
 */
package org.causo.mailbox.points;
