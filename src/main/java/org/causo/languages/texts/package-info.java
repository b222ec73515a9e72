/**
 * The public pages' texts, their translations in PostgreSQL, and the message source that
 * puts those translations in front of the bundles.
 */
package org.causo.languages.texts;
