package org.causo.library.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each question's statistics as Moodle's quiz statistics report computes them
 * ({@code question/classes/statistics/questions/calculator.php}), over the attempts given
 * (the callers pass first attempts). With x a question's mark in an attempt (out of its
 * maximum, 1 here) and X the attempt's total:
 * <ul>
 * <li><b>facility index</b> F = 100 × mean(x) / max mark: the share of the mark the
 * attempts got;</li>
 * <li><b>discrimination index</b> D = 100 × C(x, X−x) / √(V(x)·V(X−x)): the correlation
 * of the question's mark with the rest of the quiz, with sample covariance and variances
 * (divided by n−1); undefined (null) when fewer than two attempts or a variance is
 * 0.</li>
 * </ul>
 * Only attempts in which the question appeared count for it (Moodle's s). A question is
 * flagged weak after Moodle's guidance: discrimination below 20 (weak, poor or negative),
 * or a facility of 5% or less (extremely difficult) or 95% or more (extremely easy).
 */
public final class ItemStatistics {

	/** Discrimination below this is weak in Moodle's guidance. */
	public static final double WEAK_DISCRIMINATION = 20;

	public static final double EXTREMELY_DIFFICULT = 5;

	public static final double EXTREMELY_EASY = 95;

	private ItemStatistics() {
	}

	/**
	 * The statistics of each question.
	 * @param attempts each attempt's marks, question id to mark (0..1)
	 * @param questions the questions to compute, in the order wanted
	 */
	public static List<Item> of(List<Map<Long, Double>> attempts, List<Long> questions) {
		List<Item> items = new ArrayList<>();
		for (long q : questions) {
			List<double[]> pairs = new ArrayList<>();
			for (Map<Long, Double> a : attempts) {
				Double x = a.get(q);
				if (x != null) {
					double total = a.values().stream().mapToDouble(Double::doubleValue).sum();
					pairs.add(new double[] { x, total - x });
				}
			}
			items.add(item(q, pairs));
		}
		return items;
	}

	private static Item item(long question, List<double[]> pairs) {
		int s = pairs.size();
		if (s == 0) {
			return new Item(question, 0, null, null, false);
		}
		double meanX = pairs.stream().mapToDouble((p) -> p[0]).sum() / s;
		double meanRest = pairs.stream().mapToDouble((p) -> p[1]).sum() / s;
		double facility = 100 * meanX;
		Double discrimination = null;
		if (s > 1) {
			double vx = 0;
			double vr = 0;
			double c = 0;
			for (double[] p : pairs) {
				vx += (p[0] - meanX) * (p[0] - meanX);
				vr += (p[1] - meanRest) * (p[1] - meanRest);
				c += (p[0] - meanX) * (p[1] - meanRest);
			}
			vx /= s - 1;
			vr /= s - 1;
			c /= s - 1;
			if (vx * vr != 0) {
				discrimination = 100 * c / Math.sqrt(vx * vr);
			}
		}
		boolean weak = facility <= EXTREMELY_DIFFICULT || facility >= EXTREMELY_EASY
				|| (discrimination != null && discrimination < WEAK_DISCRIMINATION);
		return new Item(question, s, facility, discrimination, weak);
	}

	/**
	 * One question's figures.
	 *
	 * @param questionId the question
	 * @param attempts attempts it appeared in (Moodle's s)
	 * @param facility facility index, in percent, or null without attempts
	 * @param discrimination discrimination index, in percent, or null when undefined
	 * @param weak whether to look at it again
	 */
	public record Item(long questionId, int attempts, Double facility, Double discrimination, boolean weak) {

	}

}
