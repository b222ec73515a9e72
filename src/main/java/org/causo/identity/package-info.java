/**
 * Identity: officer accounts, roles and their org-unit scope, login with lockout and
 * TOTP, sessions shared by every node, and personal API tokens.
 */
@ApplicationModule(allowedDependencies = { "shared", "orgunit", "audit" })
package org.causo.identity;

import org.springframework.modulith.ApplicationModule;
