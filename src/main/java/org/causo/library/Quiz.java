package org.causo.library;

import java.util.List;

/**
 * A quiz drawn from the bank.
 *
 * @param id id
 * @param title title
 * @param topic the topic its questions come from, or null for all
 * @param language language of its questions
 * @param questionCount questions per attempt
 * @param randomPerAttempt whether each attempt draws its own questions
 * @param fixedQuestions the questions every attempt gets, when not drawn per attempt
 * @param passPercent the score that passes, in percent
 * @param timeLimitMinutes the time an attempt has, or null
 * @param maxAttempts attempts allowed, or null for no limit
 * @param waitMinutes wait between attempts
 * @param forResidents whether it is the residents' self-check
 */
public record Quiz(long id, String title, QuizTopic topic, String language, int questionCount, boolean randomPerAttempt,
		List<Long> fixedQuestions, int passPercent, Integer timeLimitMinutes, Integer maxAttempts, int waitMinutes,
		boolean forResidents) {

}
