package org.causo.devices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.causo.registry.HouseholdView;

/**
 * A household on the priority list for a donated phone: its latest survey counts no
 * smartphone, or it has no survey yet (then it is to be surveyed first).
 *
 * @param household the household
 * @param poorOrPolicy a poor or policy household: first in line
 * @param signal its latest survey found a mobile signal at home (false when not surveyed)
 * @param surveyedOn the day of that survey, null when never surveyed
 * @param reasons why it is on the list: NO_SMARTPHONE or NOT_SURVEYED, then POOR,
 * NEAR_POOR, POLICY and NO_SIGNAL as they apply
 */
public record PriorityHousehold(HouseholdView household, boolean poorOrPolicy, boolean signal, LocalDate surveyedOn,
		List<String> reasons) {

	static PriorityHousehold surveyed(HouseholdView h, boolean signal, LocalDate surveyedOn) {
		return new PriorityHousehold(h, h.poor() || h.policy(), signal, surveyedOn,
				reasons(h, "NO_SMARTPHONE", !signal));
	}

	static PriorityHousehold notSurveyed(HouseholdView h) {
		return new PriorityHousehold(h, h.poor() || h.policy(), false, null, reasons(h, "NOT_SURVEYED", false));
	}

	private static List<String> reasons(HouseholdView h, String first, boolean noSignal) {
		List<String> out = new ArrayList<>(List.of(first));
		if (h.poor()) {
			out.add("POOR");
		}
		if (h.nearPoor()) {
			out.add("NEAR_POOR");
		}
		if (h.policy()) {
			out.add("POLICY");
		}
		if (noSignal) {
			out.add("NO_SIGNAL");
		}
		return List.copyOf(out);
	}

}
