package org.causo.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A survey answer as a device or a form sends it: an event with an id made by the client,
 * so that sending it again changes nothing. A question left null (a signal left out) was
 * not asked: the household keeps its earlier answer.
 *
 * @param id the event's id, made by the client
 * @param observedOn the day of the visit
 * @param smartphones smartphones in the household
 * @param featurePhones basic phones
 * @param smartphoneOwners members who own a smartphone
 * @param featurePhoneOwners members who own a basic phone
 * @param signal signal per operator
 * @param electricity electricity at home
 * @param internet internet at home
 * @param canAffordPhone could afford a smartphone
 * @param mainObstacle the main obstacle, NONE for none, null when not asked
 */
public record SurveyDraft(UUID id, LocalDate observedOn, Integer smartphones, Integer featurePhones,
		List<Long> smartphoneOwners, List<Long> featurePhoneOwners, Map<Operator, Signal> signal, Boolean electricity,
		Boolean internet, Boolean canAffordPhone, Obstacle mainObstacle) {

	SurveyAnswers answers() {
		return new SurveyAnswers(this.observedOn, this.smartphones, this.featurePhones, this.smartphoneOwners,
				this.featurePhoneOwners, this.signal, this.electricity, this.internet, this.canAffordPhone,
				this.mainObstacle);
	}

}
