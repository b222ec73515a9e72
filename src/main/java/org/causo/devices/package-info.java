/**
 * Devices: donors, donated phones and their handover to households, with the sealed photo
 * of the signed receipt, follow-up visits, the priority list of households without a
 * smartphone and the figures per post, commune and period.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit", "orgunit", "registry", "registry :: demo" })
package org.causo.devices;

import org.springframework.modulith.ApplicationModule;
