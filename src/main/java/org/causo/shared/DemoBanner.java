package org.causo.shared;

import org.springframework.stereotype.Component;

/**
 * Whether the demo is loaded: then every page says so in a banner, so that nobody takes
 * the demo for a real installation and sends real tips or records to it. The demo module
 * raises it; nothing lowers it (the demo leaves only with the data folder).
 */
@Component
public class DemoBanner {

	private volatile boolean shown;

	/** Called by the demo once its data is in the database. */
	public void show() {
		this.shown = true;
	}

	public boolean shown() {
		return this.shown;
	}

}
