/**
 * Reading and checking a units CSV, line by line.
 */
package org.causo.orgunit.importing;
