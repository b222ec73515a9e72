package org.causo.devices;

import java.util.Map;
import java.util.Set;

/**
 * Where a phone is: in stock, handed over to a household, then returned, broken or lost.
 * A returned phone may go back into stock; a broken or lost one stays so. Handing over is
 * done only by recording a handover.
 */
public enum DeviceStatus {

	IN_STOCK, HANDED_OVER, RETURNED, BROKEN, LOST;

	private static final Map<DeviceStatus, Set<DeviceStatus>> NEXT = Map.of(IN_STOCK, Set.of(BROKEN, LOST), HANDED_OVER,
			Set.of(RETURNED, BROKEN, LOST), RETURNED, Set.of(IN_STOCK, BROKEN, LOST), BROKEN, Set.of(), LOST, Set.of());

	/** Whether an officer may move a phone from this status to that one by hand. */
	public boolean mayBecome(DeviceStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** The statuses an officer may choose from here. */
	public Set<DeviceStatus> next() {
		return NEXT.get(this);
	}

}
