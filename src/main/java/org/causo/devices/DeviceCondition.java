package org.causo.devices;

/** The state of a donated phone when it arrives. */
public enum DeviceCondition {

	NEW, GOOD, USED

}
