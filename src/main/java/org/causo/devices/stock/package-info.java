/**
 * The phones in stock: their rows and the shape of an IMEI or serial number.
 */
package org.causo.devices.stock;
