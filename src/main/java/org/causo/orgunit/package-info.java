/**
 * Org units: province, commune and hamlet, the border posts that cover communes, and the
 * scope they give to officers.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.causo.orgunit;

import org.springframework.modulith.ApplicationModule;
