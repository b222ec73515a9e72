package org.causo.library.assessments;

import java.util.Collection;
import java.util.List;

import org.causo.library.Question;
import org.causo.library.QuestionKind;

/**
 * A question's mark, out of 1. Single choice: 1 for the right option, else 0. Multiple
 * choice as Moodle's multiple-answer question with its usual fractions: the right options
 * share +100% and the wrong ones share -100%, so each right option chosen adds 1/(right
 * options) and each wrong one chosen takes away 1/(wrong options); the total is never
 * below 0, so ticking everything gives 0, not the full mark.
 */
public final class Marking {

	private Marking() {
	}

	public static double mark(Question question, Collection<Integer> chosen) {
		List<Integer> right = question.correct();
		if (question.kind() == QuestionKind.SINGLE) {
			return (chosen.size() == 1 && right.contains(chosen.iterator().next())) ? 1 : 0;
		}
		long wrongOptions = question.options().size() - right.size();
		double mark = 0;
		for (int position : chosen) {
			if (right.contains(position)) {
				mark += 1.0 / right.size();
			}
			else if (wrongOptions > 0) {
				mark -= 1.0 / wrongOptions;
			}
		}
		return Math.max(0, Math.min(1, mark));
	}

}
