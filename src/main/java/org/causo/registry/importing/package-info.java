/**
 * Importing a registry file: reading CSV or XLSX lines, parsing each column, checking the
 * file in a background job and saving it by COPY.
 */
package org.causo.registry.importing;
