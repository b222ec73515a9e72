/**
 * Training: digital-skills classes in the hamlets, attendance by resident (walk-ins
 * registered on the spot through the registry), skills marked reached for all who
 * attended (published as events for fieldwork) and the figures per post, commune and
 * period.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "orgunit", "registry", "registry :: demo", "skills" })
package org.causo.training;

import org.springframework.modulith.ApplicationModule;
