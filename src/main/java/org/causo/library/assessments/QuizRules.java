package org.causo.library.assessments;

import java.util.ArrayList;
import java.util.List;

import org.causo.library.QuizDraft;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Languages;
import org.causo.shared.PlainText;

/** What a quiz's set-up must respect: a title, a language, and numbers in range. */
public final class QuizRules {

	private QuizRules() {
	}

	/** Checks the draft and returns its title, cleaned; 400 with every problem found. */
	public static String check(QuizDraft d) {
		List<Problem> problems = new ArrayList<>();
		String title = (d.title() != null) ? PlainText.oneLine(d.title()).strip() : "";
		if (title.isEmpty() || title.length() > 200) {
			problems.add(new Problem("title", "quiz.error.title"));
		}
		if (d.language() == null || Languages.of(d.language()).isEmpty()) {
			problems.add(new Problem("language", "quiz.question.error.language"));
		}
		if (d.questionCount() == null || d.questionCount() < 1 || d.questionCount() > 50) {
			problems.add(new Problem("questionCount", "quiz.error.questionCount"));
		}
		if (d.passPercent() == null || d.passPercent() < 1 || d.passPercent() > 100) {
			problems.add(new Problem("passPercent", "quiz.error.passPercent"));
		}
		if (d.timeLimitMinutes() != null && (d.timeLimitMinutes() < 1 || d.timeLimitMinutes() > 600)) {
			problems.add(new Problem("timeLimitMinutes", "quiz.error.timeLimit"));
		}
		if (d.maxAttempts() != null && (d.maxAttempts() < 1 || d.maxAttempts() > 100)) {
			problems.add(new Problem("maxAttempts", "quiz.error.maxAttempts"));
		}
		if (d.waitMinutes() != null && (d.waitMinutes() < 0 || d.waitMinutes() > 100000)) {
			problems.add(new Problem("waitMinutes", "quiz.error.wait"));
		}
		if (d.afterGuide() != null && !d.forResidents()) {
			problems.add(new Problem("afterGuide", "quiz.error.afterGuideResidents"));
		}
		InvalidInputException.throwIfAny(problems);
		return title;
	}

}
