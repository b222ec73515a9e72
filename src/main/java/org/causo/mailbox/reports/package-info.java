/**
 * Sealed reports as stored, their thread and photos, and the officers' reading and triage
 * of them.
 */
package org.causo.mailbox.reports;
