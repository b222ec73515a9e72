package org.causo.devices;

/** How a phone is identified: its IMEI, or a serial number when it has none. */
public enum IdentifierKind {

	IMEI, SERIAL

}
