/**
 * Report data keys wrapped for the receipt, the readers and the recovery key, and grants
 * to later readers.
 */
package org.causo.mailbox.keys;
