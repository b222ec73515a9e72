/**
 * Donors and their donations: their rows.
 */
package org.causo.devices.donations;
