package org.causo.registry;

/** Whether a resident can read Vietnamese. */
public enum ReadsVietnamese {

	YES, A_LITTLE, NO

}
