package org.causo.devices;

import java.util.List;

/**
 * Figures for a period: per post (donations arrive at a post) and per commune (handovers
 * go to its households), with their sum.
 *
 * @param byPost one line per post with any figure
 * @param byCommune one line per commune with any handover
 * @param total the sum of the posts' lines
 */
public record DeviceTotals(List<Line> byPost, List<Line> byCommune, Line total) {

	public DeviceTotals {
		byPost = List.copyOf(byPost);
		byCommune = List.copyOf(byCommune);
	}

	/**
	 * One line of figures.
	 *
	 * @param id the post's or commune's id, 0 for the total
	 * @param name its name
	 * @param donated phones donated (as declared by the donations)
	 * @param valueVnd their value in đồng
	 * @param handedOver phones handed over in the period
	 * @param inUse of those, the ones whose latest follow-up found them used
	 */
	public record Line(long id, String name, long donated, long valueVnd, long handedOver, long inUse) {

	}

}
