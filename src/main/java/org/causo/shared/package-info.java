/**
 * Shared kernel used by every module: search keys, scope, paging, i18n, web layout and
 * the embedded database.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.causo.shared;

import org.springframework.modulith.ApplicationModule;
