/**
 * Handovers, their receipt photos and follow-up visits: their rows, and the household
 * page's phones part.
 */
package org.causo.devices.handovers;
