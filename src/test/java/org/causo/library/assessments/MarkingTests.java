package org.causo.library.assessments;

import java.util.List;

import org.causo.library.Question;
import org.causo.library.Question.Option;
import org.causo.library.QuestionKind;
import org.causo.library.QuizTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Marks as Moodle's single- and multiple-answer questions give them. */
class MarkingTests {

	private static Question question(QuestionKind kind, boolean... correct) {
		List<Option> options = new java.util.ArrayList<>();
		for (int i = 0; i < correct.length; i++) {
			options.add(new Option(i + 1, "o" + (i + 1), correct[i]));
		}
		return new Question(1, kind, QuizTopic.OTHER, "vi", "?", options, false, false);
	}

	@Test
	void aSingleChoiceScoresOneForTheRightOptionOnly() {
		Question q = question(QuestionKind.SINGLE, false, true, false);
		assertThat(Marking.mark(q, List.of(2))).isEqualTo(1.0);
		assertThat(Marking.mark(q, List.of(1))).isEqualTo(0.0);
		assertThat(Marking.mark(q, List.of())).isEqualTo(0.0);
	}

	@Test
	void aMultipleChoiceGivesPartialMarksAndTakesAwayForWrongOptionsNeverBelowZero() {
		// three right options (1/3 each), two wrong (-1/2 each)
		Question q = question(QuestionKind.MULTIPLE, true, true, true, false, false);
		assertThat(Marking.mark(q, List.of(1, 2, 3))).isEqualTo(1.0);
		assertThat(Marking.mark(q, List.of(1, 2))).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(Marking.mark(q, List.of(1, 2, 3, 4))).isCloseTo(0.5, within(1e-9));
		assertThat(Marking.mark(q, List.of(1, 2, 3, 4, 5))).isEqualTo(0.0);
		assertThat(Marking.mark(q, List.of(4))).isEqualTo(0.0);
	}

}
