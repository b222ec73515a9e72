package org.causo.library.assessments;

import java.util.List;
import java.util.Map;

import org.causo.library.assessments.ItemStatistics.Item;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Moodle's facility and discrimination indices on a fixture computed by hand.
 *
 * <pre>
 * Four first attempts, three questions (marks out of 1; q3 in attempt 3 is a half mark):
 *             q1   q2   q3   total
 *   A1         1    1    1     3
 *   A2         1    0    1     2
 *   A3         0    0   0.5   0.5
 *   A4         1    1    0     2
 * Facility F = 100 * mean(x): q1 75, q2 50, q3 62.5.
 * Discrimination D = 100 * C(x, X-x) / sqrt(V(x) V(X-x)), sums divided by n-1 = 3.
 * q1: x = 1,1,0,1 (mean .75), rest = 2,1,.5,1 (mean 1.125)
 *     dx = .25,.25,-.75,.25        sum dx^2 = .75      V(x) = .25
 *     dr = .875,-.125,-.625,-.125  sum dr^2 = 1.1875   V(r) = .395833
 *     sum dx*dr = .21875-.03125+.46875-.03125 = .625   C = .208333
 *     D = 20.8333 / sqrt(.25 * .395833) = 20.8333 / .314576 = 66.23
 * q2: x = 1,0,0,1 (mean .5), rest = 2,2,.5,1 (mean 1.375)
 *     dx = .5,-.5,-.5,.5           sum dx^2 = 1        V(x) = .333333
 *     dr = .625,.625,-.875,-.375   sum dr^2 = 1.6875   V(r) = .5625
 *     sum dx*dr = .3125-.3125+.4375-.1875 = .25        C = .083333
 *     D = 8.3333 / sqrt(.333333 * .5625) = 8.3333 / .433013 = 19.25   (below 20: weak)
 * q3: x = 1,1,.5,0 (mean .625), rest = 2,1,0,2 (mean 1.25)
 *     dx = .375,.375,-.125,-.625   sum dx^2 = .6875    V(x) = .229167
 *     dr = .75,-.25,-1.25,.75      sum dr^2 = 2.75     V(r) = .916667
 *     sum dx*dr = .28125-.09375+.15625-.46875 = -.125  C = -.041667
 *     D = -4.1667 / sqrt(.229167 * .916667) = -4.1667 / .458333 = -9.09 (negative: weak)
 * </pre>
 */
class ItemStatisticsTests {

	private static final List<Map<Long, Double>> ATTEMPTS = List.of(Map.of(1L, 1.0, 2L, 1.0, 3L, 1.0),
			Map.of(1L, 1.0, 2L, 0.0, 3L, 1.0), Map.of(1L, 0.0, 2L, 0.0, 3L, 0.5), Map.of(1L, 1.0, 2L, 1.0, 3L, 0.0));

	@Test
	void theIndicesAreMoodlesOnAFixtureComputedByHand() {
		List<Item> items = ItemStatistics.of(ATTEMPTS, List.of(1L, 2L, 3L));
		assertThat(items).extracting(Item::attempts).containsExactly(4, 4, 4);
		assertThat(items.get(0).facility()).isCloseTo(75.0, within(1e-9));
		assertThat(items.get(1).facility()).isCloseTo(50.0, within(1e-9));
		assertThat(items.get(2).facility()).isCloseTo(62.5, within(1e-9));
		assertThat(items.get(0).discrimination()).isCloseTo(66.23, within(0.01));
		assertThat(items.get(1).discrimination()).isCloseTo(19.25, within(0.01));
		assertThat(items.get(2).discrimination()).isCloseTo(-100.0 / 11, within(0.01));
		assertThat(items).extracting(Item::weak).containsExactly(false, true, true);
	}

	@Test
	void aQuestionEveryoneGetsRightIsFlaggedExtremelyEasyAndHasNoDiscrimination() {
		List<Item> items = ItemStatistics.of(List.of(Map.of(1L, 1.0, 2L, 1.0), Map.of(1L, 1.0, 2L, 0.0)), List.of(1L));
		assertThat(items.get(0).facility()).isEqualTo(100.0);
		assertThat(items.get(0).discrimination()).isNull();
		assertThat(items.get(0).weak()).isTrue();
	}

	@Test
	void onlyTheAttemptsAQuestionAppearedInCountForIt() {
		List<Item> items = ItemStatistics.of(List.of(Map.of(1L, 1.0), Map.of(2L, 0.0)), List.of(1L, 2L, 3L));
		assertThat(items).extracting(Item::attempts).containsExactly(1, 1, 0);
		assertThat(items.get(0).discrimination()).isNull();
		assertThat(items.get(2).facility()).isNull();
	}

}
