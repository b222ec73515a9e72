package org.causo.registry;

/** Mobile network operators surveyed at home. */
public enum Operator {

	VIETTEL, VNPT, MOBIFONE, VIETNAMOBILE

}
