/**
 * The demo's donors, donations, phones, handovers and follow-ups.
 */
package org.causo.devices.demo;
