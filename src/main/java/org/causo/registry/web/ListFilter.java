package org.causo.registry.web;

import java.util.List;

import org.causo.registry.Ethnicity;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.ResidentQuery;

/** The filters of the list pages and exports, as request parameters. */
public record ListFilter(String q, Long hamlet, Ethnicity ethnicity, Boolean poor, Boolean nearPoor, Boolean policy,
		Boolean archived) {

	HouseholdQuery households() {
		return new HouseholdQuery(this.q, null, this.hamlet, this.ethnicity, yesOnly(this.poor), yesOnly(this.nearPoor),
				yesOnly(this.policy), Boolean.TRUE.equals(this.archived), List.of());
	}

	ResidentQuery residents() {
		return new ResidentQuery(this.q, null, this.hamlet, null, this.ethnicity, Boolean.TRUE.equals(this.archived),
				List.of());
	}

	/** A ticked box filters; an unticked one does not mean "only the others". */
	private static Boolean yesOnly(Boolean flag) {
		return Boolean.TRUE.equals(flag) ? Boolean.TRUE : null;
	}

}
