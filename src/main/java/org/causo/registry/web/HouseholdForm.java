package org.causo.registry.web;

import java.math.BigDecimal;

import org.causo.registry.Ethnicity;
import org.causo.registry.HouseholdDraft;
import org.causo.registry.HouseholdView;
import org.causo.registry.Language;

/** The household form as a browser sends it: unticked boxes are absent. */
public record HouseholdForm(String code, Long hamletId, String address, BigDecimal latitude, BigDecimal longitude,
		Long headResidentId, Ethnicity ethnicity, Language mainLanguage, Boolean poor, Boolean nearPoor,
		Boolean policy) {

	static HouseholdForm of(HouseholdView h) {
		return new HouseholdForm(h.code(), h.hamletId(), h.address(), h.latitude(), h.longitude(), h.headResidentId(),
				h.ethnicity(), h.mainLanguage(), h.poor(), h.nearPoor(), h.policy());
	}

	HouseholdDraft draft() {
		return new HouseholdDraft(this.code, this.hamletId, this.address, this.latitude, this.longitude,
				this.headResidentId, this.ethnicity, this.mainLanguage, Boolean.TRUE.equals(this.poor),
				Boolean.TRUE.equals(this.nearPoor), Boolean.TRUE.equals(this.policy));
	}

}
