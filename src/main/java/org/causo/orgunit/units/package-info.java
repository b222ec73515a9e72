/**
 * Org units as stored, and the rules a unit must meet.
 */
package org.causo.orgunit.units;
