/**
 * Fieldwork: the skill catalogue, skills reached by residents as dated events (revoked
 * only with a reason), support teams of a post, their household assignments and visits,
 * and the sync API that takes a device's queued events idempotently.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "orgunit", "identity", "registry", "registry :: demo",
		"skills", "training", "training :: demo" })
package org.causo.fieldwork;

import org.springframework.modulith.ApplicationModule;
