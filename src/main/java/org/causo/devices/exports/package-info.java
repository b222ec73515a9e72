/**
 * How the module's lists are written and audited.
 */
package org.causo.devices.exports;
