package org.causo.registry;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a household answered on one day. Every answer is null (or, for the signal, absent)
 * when the question was not asked: "not asked" is never the same as "none". Two answers
 * are the same event only when they are equal in every field.
 *
 * @param observedOn the day of the visit
 * @param smartphones smartphones in the household, null when not asked
 * @param featurePhones basic phones in the household, null when not asked
 * @param smartphoneOwners members who own a smartphone (resident ids), null when not
 * asked
 * @param featurePhoneOwners members who own a basic phone, null when not asked
 * @param signal signal at home per operator (operators not asked are absent)
 * @param electricity electricity at home, null when not asked
 * @param internet internet at home (fixed line or Wi-Fi), null when not asked
 * @param canAffordPhone the household could afford a smartphone, null when not asked
 * @param mainObstacle the main obstacle to using a smartphone ({@link Obstacle#NONE} for
 * none), null when not asked
 */
public record SurveyAnswers(LocalDate observedOn, Integer smartphones, Integer featurePhones,
		List<Long> smartphoneOwners, List<Long> featurePhoneOwners, Map<Operator, Signal> signal, Boolean electricity,
		Boolean internet, Boolean canAffordPhone, Obstacle mainObstacle) {

	public SurveyAnswers {
		smartphoneOwners = (smartphoneOwners != null) ? smartphoneOwners.stream().distinct().sorted().toList() : null;
		featurePhoneOwners = (featurePhoneOwners != null) ? featurePhoneOwners.stream().distinct().sorted().toList()
				: null;
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

	/** The questions this answer answers (not asked ones are left out). */
	public java.util.Set<SurveyQuestion> asked() {
		java.util.Set<SurveyQuestion> asked = java.util.EnumSet.noneOf(SurveyQuestion.class);
		add(asked, SurveyQuestion.SMARTPHONES, this.smartphones);
		add(asked, SurveyQuestion.FEATURE_PHONES, this.featurePhones);
		add(asked, SurveyQuestion.SMARTPHONE_OWNERS, this.smartphoneOwners);
		add(asked, SurveyQuestion.FEATURE_PHONE_OWNERS, this.featurePhoneOwners);
		this.signal.keySet().forEach((op) -> asked.add(SurveyQuestion.of(op)));
		add(asked, SurveyQuestion.ELECTRICITY, this.electricity);
		add(asked, SurveyQuestion.INTERNET, this.internet);
		add(asked, SurveyQuestion.CAN_AFFORD_PHONE, this.canAffordPhone);
		add(asked, SurveyQuestion.MAIN_OBSTACLE, this.mainObstacle);
		return asked;
	}

	/**
	 * These answers on top of older ones: each question not asked here keeps the older
	 * answer.
	 */
	SurveyAnswers over(SurveyAnswers older) {
		Map<Operator, Signal> merged = new EnumMap<>(Operator.class);
		merged.putAll(older.signal);
		merged.putAll(this.signal);
		return new SurveyAnswers(this.observedOn, or(this.smartphones, older.smartphones),
				or(this.featurePhones, older.featurePhones), or(this.smartphoneOwners, older.smartphoneOwners),
				or(this.featurePhoneOwners, older.featurePhoneOwners), merged, or(this.electricity, older.electricity),
				or(this.internet, older.internet), or(this.canAffordPhone, older.canAffordPhone),
				or(this.mainObstacle, older.mainObstacle));
	}

	private static <T> T or(T newer, T older) {
		return (newer != null) ? newer : older;
	}

	private static void add(java.util.Set<SurveyQuestion> asked, SurveyQuestion q, Object answer) {
		if (answer != null) {
			asked.add(q);
		}
	}

}
