/**
 * The optional e-mail digest: a short mail saying only that something new waits in a
 * mailbox the officer reads.
 */
package org.causo.mailbox.digest;
