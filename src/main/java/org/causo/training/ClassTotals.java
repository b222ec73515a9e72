package org.causo.training;

import java.util.List;

/**
 * "40 classes, 2,100 attendances": classes held and attendances per post and commune over
 * a period, with their sum.
 *
 * @param byPost one line per post
 * @param byCommune one line per commune
 * @param total the sum
 */
public record ClassTotals(List<Line> byPost, List<Line> byCommune, Line total) {

	public ClassTotals {
		byPost = List.copyOf(byPost);
		byCommune = List.copyOf(byCommune);
	}

	/**
	 * One line.
	 *
	 * @param id post or commune id, 0 for the total
	 * @param name its name
	 * @param classes classes held
	 * @param attendances attendances at them
	 */
	public record Line(long id, String name, long classes, long attendances) {

	}

}
