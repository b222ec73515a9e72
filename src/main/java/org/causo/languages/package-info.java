/**
 * Languages: the languages admins add beyond Vietnamese, English and French (Hmong, Thai,
 * Dao…), the translations people type for the public pages' texts, and which languages
 * the public pages offer.
 */
@ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.causo.languages;

import org.springframework.modulith.ApplicationModule;
