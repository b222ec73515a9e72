package org.causo.mailbox;

/** The units a seizure is counted in. */
public enum SeizureUnit {

	BLOCKS, KG, G, VEHICLES, MOTORCYCLES, PHONES, ITEMS

}
