package org.causo.registry.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.causo.registry.Network;
import org.causo.registry.Obstacle;
import org.causo.registry.Operator;
import org.causo.registry.Signal;
import org.causo.registry.SurveyDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The survey form. Its id is made when the form is shown, so a double submission is the
 * same event and is recorded once.
 */
public record SurveyForm(UUID id, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate observedOn,
		Integer smartphones, Integer featurePhones, List<Long> smartphoneOwners, List<Long> featurePhoneOwners,
		Network viettel, Integer viettelBars, Network vnpt, Integer vnptBars, Network mobifone, Integer mobifoneBars,
		Network vietnamobile, Integer vietnamobileBars, Boolean electricity, Boolean internet, Boolean canAffordPhone,
		Obstacle mainObstacle) {

	static SurveyForm fresh(LocalDate today) {
		return new SurveyForm(UUID.randomUUID(), today, 0, 0, List.of(), List.of(), null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

	SurveyDraft draft() {
		Map<Operator, Signal> signal = new EnumMap<>(Operator.class);
		put(signal, Operator.VIETTEL, this.viettel, this.viettelBars);
		put(signal, Operator.VNPT, this.vnpt, this.vnptBars);
		put(signal, Operator.MOBIFONE, this.mobifone, this.mobifoneBars);
		put(signal, Operator.VIETNAMOBILE, this.vietnamobile, this.vietnamobileBars);
		// unticked boxes send nothing: with the count asked, that means nobody owns one
		return new SurveyDraft(this.id, this.observedOn, this.smartphones, this.featurePhones,
				owners(this.smartphones, this.smartphoneOwners), owners(this.featurePhones, this.featurePhoneOwners),
				signal, this.electricity, this.internet, this.canAffordPhone, this.mainObstacle);
	}

	private static List<Long> owners(Integer count, List<Long> owners) {
		return (owners == null && count != null) ? List.of() : owners;
	}

	private static void put(Map<Operator, Signal> signal, Operator op, Network network, Integer bars) {
		if (network != null) {
			signal.put(op, new Signal(network, (network == Network.NONE && bars == null) ? 0 : bars));
		}
	}

}
