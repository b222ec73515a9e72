/**
 * Registry: households and residents of the hamlets, their moves, and dated household
 * surveys (phones, signal, electricity), searched within the officer's scope. National ID
 * numbers are sealed at rest and revealed, audited, only to the roles that need them.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "orgunit" })
package org.causo.registry;

import org.springframework.modulith.ApplicationModule;
