package org.causo.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded survey answer, or a household's state after it: each question's last known
 * answer with the day it was given.
 *
 * @param id the event's id
 * @param householdId the household
 * @param recordedAt when the server stored it
 * @param recordedBy the officer who sent it
 * @param answers what the household answered (in a state: the last known answer of each
 * question)
 * @param answeredOn the day each known answer was given; questions never answered are
 * absent
 */
public record SurveyView(UUID id, long householdId, Instant recordedAt, String recordedBy, SurveyAnswers answers,
		Map<SurveyQuestion, LocalDate> answeredOn) {

	public SurveyView {
		answeredOn = Collections
			.unmodifiableMap(answeredOn.isEmpty() ? new EnumMap<>(SurveyQuestion.class) : new EnumMap<>(answeredOn));
	}

	/** One recorded event: every question it asked was answered on its day. */
	public SurveyView(UUID id, long householdId, Instant recordedAt, String recordedBy, SurveyAnswers answers) {
		this(id, householdId, recordedAt, recordedBy, answers, dated(answers));
	}

	/** The day a question was last answered, null if never (for templates). */
	public LocalDate dateOf(String question) {
		return this.answeredOn.get(SurveyQuestion.valueOf(question));
	}

	/** The known signal of an operator, null if never asked (for templates). */
	public Signal signalOf(String operator) {
		return this.answers.signal().get(Operator.valueOf(operator));
	}

	/** Whether a question's known answer is older than this observation. */
	public boolean olderThanObservation(String question) {
		LocalDate on = dateOf(question);
		return on != null && on.isBefore(this.answers.observedOn());
	}

	/** This event on top of the household's state before it. */
	public SurveyView over(SurveyView older) {
		Map<SurveyQuestion, LocalDate> on = new EnumMap<>(SurveyQuestion.class);
		on.putAll(older.answeredOn);
		on.putAll(this.answeredOn);
		return new SurveyView(this.id, this.householdId, this.recordedAt, this.recordedBy,
				this.answers.over(older.answers), on);
	}

	private static Map<SurveyQuestion, LocalDate> dated(SurveyAnswers answers) {
		Map<SurveyQuestion, LocalDate> on = new EnumMap<>(SurveyQuestion.class);
		answers.asked().forEach((q) -> on.put(q, answers.observedOn()));
		return on;
	}

}
