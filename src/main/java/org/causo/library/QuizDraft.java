package org.causo.library;

/**
 * A quiz as an editor sets it up.
 *
 * @param title its title
 * @param topic the topic its questions are drawn from, or null for every topic
 * @param language the language of its questions
 * @param questionCount how many questions an attempt gets
 * @param randomPerAttempt whether each attempt draws its own questions (otherwise they
 * are drawn once, when the quiz is made)
 * @param passPercent the score, in percent, that passes
 * @param timeLimitMinutes the time an attempt has, or null for no limit
 * @param maxAttempts how many attempts an officer has, or null for no limit
 * @param waitMinutes how long to wait after an attempt before the next
 * @param forResidents whether this is the residents' self-check (public, no login)
 * @param afterGuide the slug of the guide whose page offers this self-check at its end,
 * or null
 */
public record QuizDraft(String title, QuizTopic topic, String language, Integer questionCount, boolean randomPerAttempt,
		Integer passPercent, Integer timeLimitMinutes, Integer maxAttempts, Integer waitMinutes, boolean forResidents,
		String afterGuide) {

	/** A quiz that no guide offers. */
	public QuizDraft(String title, QuizTopic topic, String language, Integer questionCount, boolean randomPerAttempt,
			Integer passPercent, Integer timeLimitMinutes, Integer maxAttempts, Integer waitMinutes,
			boolean forResidents) {
		this(title, topic, language, questionCount, randomPerAttempt, passPercent, timeLimitMinutes, maxAttempts,
				waitMinutes, forResidents, null);
	}

}
