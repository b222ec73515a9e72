package org.causo.library.web;

import org.causo.library.QuizDraft;
import org.causo.library.QuizTopic;

/** The new quiz form as typed; blank numbers mean "no limit". */
record QuizForm(String title, String topic, String language, Integer questionCount, Boolean randomPerAttempt,
		Integer passPercent, Integer timeLimitMinutes, Integer maxAttempts, Integer waitMinutes, Boolean forResidents,
		String afterGuide) {

	static QuizForm empty() {
		return new QuizForm("", null, "vi", 5, true, 80, 15, 3, 60, false, null);
	}

	QuizDraft draft() {
		return new QuizDraft(this.title,
				QuestionForm.parse(QuizTopic.class, this.topic, "topic", "quiz.question.error.topic"), this.language,
				this.questionCount, Boolean.TRUE.equals(this.randomPerAttempt), this.passPercent, this.timeLimitMinutes,
				this.maxAttempts, this.waitMinutes, Boolean.TRUE.equals(this.forResidents),
				(this.afterGuide == null || this.afterGuide.isBlank()) ? null : this.afterGuide.strip());
	}

}
