package org.causo.library.web;

import java.util.ArrayList;
import java.util.List;

import org.causo.library.Question;
import org.causo.library.QuestionDraft;
import org.causo.library.QuestionKind;
import org.causo.library.QuizTopic;
import org.causo.shared.InvalidInputException;

/**
 * The question form as typed: up to {@link #SLOTS} options, the right ones ticked by
 * their position.
 */
record QuestionForm(String kind, String topic, String language, String text, List<String> options,
		List<Integer> correct, Boolean removePicture) {

	static final int SLOTS = 6;

	static QuestionForm empty() {
		return new QuestionForm("SINGLE", null, "vi", "", slots(List.of()), List.of(), false);
	}

	static QuestionForm of(Question q) {
		return new QuestionForm(q.kind().name(), q.topic().name(), q.language(), q.text(),
				slots(q.options().stream().map(Question.Option::text).toList()), q.correct(), false);
	}

	/** The same form with its option slots filled up to {@link #SLOTS}. */
	QuestionForm padded() {
		return new QuestionForm(this.kind, this.topic, this.language, this.text,
				slots((this.options != null) ? this.options : List.of()),
				(this.correct != null) ? this.correct : List.of(), this.removePicture);
	}

	QuestionDraft draft(byte[] picture) {
		return new QuestionDraft(parse(QuestionKind.class, this.kind, "kind", "quiz.question.error.kind"),
				parse(QuizTopic.class, this.topic, "topic", "quiz.question.error.topic"), this.language, this.text,
				this.options, this.correct, picture, Boolean.TRUE.equals(this.removePicture));
	}

	public boolean isCorrect(int position) {
		return this.correct != null && this.correct.contains(position);
	}

	private static List<String> slots(List<String> typed) {
		List<String> out = new ArrayList<>(typed);
		while (out.size() < SLOTS) {
			out.add("");
		}
		return out;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, key);
		}
	}

}
