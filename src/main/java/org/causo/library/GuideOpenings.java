package org.causo.library;

import java.time.LocalDate;
import java.util.List;

/**
 * How often a guide was opened, per Vietnam-local day and language: counts only.
 *
 * @param languages the languages that appear, in order
 * @param days the days with any opening, newest first
 */
public record GuideOpenings(List<String> languages, List<Day> days) {

	/**
	 * One day.
	 *
	 * @param day the Vietnam-local date
	 * @param counts the openings per language, in the order of {@code languages}
	 */
	public record Day(LocalDate day, List<Integer> counts) {

	}

}
