/**
 * Anonymous mailboxes: QR points, reports sealed per report, receipts, two-way messages
 * with the reporter, and triage by the post's officers.
 */
@ApplicationModule(allowedDependencies = { "shared", "orgunit", "identity", "audit" })
package org.causo.mailbox;

import org.springframework.modulith.ApplicationModule;
