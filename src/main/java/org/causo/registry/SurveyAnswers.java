package org.causo.registry;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a household answered on one day. Two answers are the same event only when they are
 * equal in every field.
 *
 * @param observedOn the day of the visit
 * @param smartphones smartphones in the household
 * @param featurePhones basic phones in the household
 * @param smartphoneOwners members who own a smartphone (resident ids)
 * @param featurePhoneOwners members who own a basic phone
 * @param signal signal at home per operator (operators not asked are absent)
 * @param electricity electricity at home, null when not asked
 * @param internet internet at home (fixed line or Wi-Fi)
 * @param canAffordPhone the household could afford a smartphone
 * @param mainObstacle the main obstacle to using a smartphone, null for none
 */
public record SurveyAnswers(LocalDate observedOn, int smartphones, int featurePhones, List<Long> smartphoneOwners,
		List<Long> featurePhoneOwners, Map<Operator, Signal> signal, Boolean electricity, Boolean internet,
		Boolean canAffordPhone, Obstacle mainObstacle) {

	public SurveyAnswers {
		smartphoneOwners = (smartphoneOwners != null) ? smartphoneOwners.stream().distinct().sorted().toList()
				: List.of();
		featurePhoneOwners = (featurePhoneOwners != null) ? featurePhoneOwners.stream().distinct().sorted().toList()
				: List.of();
		Map<Operator, Signal> copy = new EnumMap<>(Operator.class);
		if (signal != null) {
			signal.forEach((op, s) -> {
				if (op != null && s != null && s.network() != null) {
					copy.put(op, s);
				}
			});
		}
		signal = java.util.Collections.unmodifiableMap(copy);
	}

}
