/**
 * Skills: the catalogue of skills that count (codes, names in three languages, order,
 * whom each is for, retired or not), kept by province admins and read by fieldwork and
 * training. The module owns the {@code skill} table; the skills residents reach are
 * fieldwork's.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.causo.skills;

import org.springframework.modulith.ApplicationModule;
