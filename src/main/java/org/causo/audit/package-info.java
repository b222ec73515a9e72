/**
 * Audit: the append-only record of what officers did, and the page where admins read it.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.causo.audit;

import org.springframework.modulith.ApplicationModule;
