package org.causo.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.causo.registry.Network;
import org.causo.registry.Obstacle;
import org.causo.registry.Signal;
import org.causo.registry.importing.CopyWriter;
import org.causo.shared.db.SeededUuids;

/**
 * The demo's household surveys: most households surveyed once in 2025; in remote hamlets
 * many have no smartphone; the signal follows the hamlet's, a bar more or less.
 */
final class DemoSurveys {

	static final String COPY = """
			copy household_survey (id, household_id, observed_on, recorded_by, smartphones, feature_phones,
			    smartphone_owners, feature_phone_owners, viettel, viettel_bars, vnpt, vnpt_bars, mobifone,
			    mobifone_bars, vietnamobile, vietnamobile_bars, electricity, internet, can_afford_phone,
			    main_obstacle, demo) from stdin
			""";

	/** Surveys are spread over the eight months before the demo is loaded. */
	static final int DAYS = 240;

	private static final Obstacle[] OBSTACLES = { Obstacle.COST, Obstacle.COST, Obstacle.COST, Obstacle.NO_SIGNAL,
			Obstacle.NO_SIGNAL, Obstacle.CANNOT_READ, Obstacle.CANNOT_READ, Obstacle.NOT_INTERESTED, Obstacle.OTHER };

	private DemoSurveys() {
	}

	/**
	 * Writes a survey for about 85 % of the households; returns whether it wrote one.
	 * @param copy the COPY of household_survey
	 * @param r the demo's random numbers
	 * @param h the household
	 * @param householdId its id
	 * @param residentIds the ids of its people, in order
	 * @return whether it wrote one
	 */
	static boolean write(CopyWriter copy, SplittableRandom r, DemoHousehold h, long householdId, long[] residentIds,
			LocalDate firstDay) {
		if (r.nextInt(100) >= 85) {
			return false;
		}
		DemoHamlet hamlet = h.hamlet();
		boolean noSmartphone = r.nextInt(100) < hamlet.noSmartphoneShare();
		List<Long> owners = new ArrayList<>();
		for (int i = 0; i < h.people().size(); i++) {
			if (h.people().get(i).phone() != null) {
				owners.add(residentIds[i]);
			}
		}
		int smartphones = noSmartphone ? 0 : Math.max(1, owners.size());
		int featurePhones = (r.nextInt(100) < (noSmartphone ? 50 : 15)) ? 1 : 0;
		Object[] row = new Object[21];
		row[0] = SeededUuids.next(r);
		row[1] = householdId;
		row[2] = firstDay.plusDays(r.nextInt(DAYS));
		row[3] = "demo";
		row[4] = smartphones;
		row[5] = featurePhones;
		row[6] = array(noSmartphone ? List.of() : owners);
		row[7] = array((noSmartphone && featurePhones > 0 && !owners.isEmpty()) ? owners.subList(0, 1) : List.of());
		for (int op = 0; op < 4; op++) {
			Signal s = hamlet.signal()[op];
			int bars = (s.network() == Network.NONE) ? 0 : Math.max(1, Math.min(4, s.bars() + r.nextInt(3) - 1));
			row[8 + op * 2] = s.network().name();
			row[9 + op * 2] = bars;
		}
		row[16] = r.nextInt(100) < (hamlet.remote() ? 75 : 97);
		row[17] = r.nextInt(100) < (hamlet.remote() ? 3 : 20);
		row[18] = !noSmartphone || r.nextInt(100) < 25;
		row[19] = (noSmartphone ? OBSTACLES[r.nextInt(OBSTACLES.length)] : Obstacle.NONE).name();
		row[20] = true;
		copy.row(row);
		return true;
	}

	private static String array(List<Long> ids) {
		StringBuilder sb = new StringBuilder("{");
		for (Long id : ids) {
			sb.append((sb.length() > 1) ? "," : "").append(id);
		}
		return sb.append('}').toString();
	}

}
