/**
 * Exporting the household and resident lists as CSV or XLSX, within the officer's scope
 * and audited.
 */
package org.causo.registry.exporting;
