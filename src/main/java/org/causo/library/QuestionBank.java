package org.causo.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.library.assessments.QuestionStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.ImageCleaner;
import org.causo.shared.Images;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Languages;
import org.causo.shared.NotFoundException;
import org.causo.shared.PlainText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The question bank the assessments draw from: editors add, edit and retire single- and
 * multiple-choice questions, each tagged by topic and language, with an optional picture.
 * Every change is audited.
 */
@Service
@Transactional
public class QuestionBank {

	static final int MAX_OPTIONS = 8;

	static final int MAX_PICTURE_BYTES = 5 * 1024 * 1024;

	private static final Images.Messages PICTURE = new Images.Messages("picture", "quiz.question.error.pictureSize",
			"quiz.question.error.pictureType", "quiz.question.error.pictureSize", "quiz.question.error.pictureBroken");

	private final QuestionStore store;

	private final ImageCleaner images;

	private final AuditTrail audit;

	QuestionBank(QuestionStore store, ImageCleaner images, AuditTrail audit) {
		this.store = store;
		this.images = images;
		this.audit = audit;
	}

	public Question add(QuestionDraft draft) {
		Checked q = check(draft);
		Images.Clean picture = (draft.picture() != null && draft.picture().length > 0)
				? this.images.clean(draft.picture(), MAX_PICTURE_BYTES, PICTURE) : null;
		long id = this.store.insert(draft.kind(), draft.topic(), draft.language(), q.text(), CurrentActor.username());
		this.store.options(id, q.options(), q.correct());
		this.store.picture(id, picture);
		this.audit.record("QUIZ_QUESTION_ADDED", "quiz_question", id, q.text());
		return get(id);
	}

	public Question update(long id, QuestionDraft draft) {
		get(id);
		Checked q = check(draft);
		Images.Clean picture = (draft.picture() != null && draft.picture().length > 0)
				? this.images.clean(draft.picture(), MAX_PICTURE_BYTES, PICTURE) : null;
		this.store.update(id, draft.kind(), draft.topic(), draft.language(), q.text(), CurrentActor.username());
		this.store.options(id, q.options(), q.correct());
		if (picture != null || draft.removePicture()) {
			this.store.picture(id, picture);
		}
		this.audit.record("QUIZ_QUESTION_CHANGED", "quiz_question", id, q.text());
		return get(id);
	}

	/** Retires a question (or brings it back): a retired one is no longer drawn. */
	public Question retire(long id, boolean retired) {
		get(id);
		this.store.retire(id, retired, CurrentActor.username());
		this.audit.record(retired ? "QUIZ_QUESTION_RETIRED" : "QUIZ_QUESTION_RESTORED", "quiz_question", id, null);
		return get(id);
	}

	@Transactional(readOnly = true)
	public Question get(long id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("question " + id));
	}

	@Transactional(readOnly = true)
	public List<Question> list(QuizTopic topic, String language, boolean withRetired) {
		return this.store.list(topic, language, withRetired);
	}

	/** The cleaned picture of a question, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Images.Clean> picture(long id) {
		return this.store.picture(id);
	}

	/**
	 * The rules: a kind, a topic, a language the application speaks, a text; at least two
	 * options and at most eight; at least one right, exactly one for single choice. Blank
	 * options are dropped and the right ones counted among those left.
	 */
	private static Checked check(QuestionDraft d) {
		List<Problem> problems = new ArrayList<>();
		String text = (d.text() != null) ? PlainText.clean(d.text()).strip() : null;
		if (d.kind() == null) {
			problems.add(new Problem("kind", "quiz.question.error.kind"));
		}
		if (d.topic() == null) {
			problems.add(new Problem("topic", "quiz.question.error.topic"));
		}
		if (d.language() == null || Languages.of(d.language()).isEmpty()) {
			problems.add(new Problem("language", "quiz.question.error.language"));
		}
		if (text == null || text.isBlank() || text.length() > 1000) {
			problems.add(new Problem("text", "quiz.question.error.text"));
		}
		List<String> options = new ArrayList<>();
		List<Integer> correct = new ArrayList<>();
		List<String> typed = (d.options() != null) ? d.options() : List.of();
		List<Integer> right = (d.correct() != null) ? d.correct() : List.of();
		for (int i = 0; i < typed.size(); i++) {
			String option = (typed.get(i) != null) ? PlainText.oneLine(typed.get(i)).strip() : null;
			if (option == null || option.isBlank()) {
				continue;
			}
			if (option.length() > 500) {
				problems.add(new Problem("options", "quiz.question.error.optionLength"));
			}
			options.add(option);
			if (right.contains(i + 1)) {
				correct.add(options.size());
			}
		}
		if (options.size() < 2 || options.size() > MAX_OPTIONS) {
			problems.add(new Problem("options", "quiz.question.error.options", MAX_OPTIONS));
		}
		if (correct.isEmpty()) {
			problems.add(new Problem("correct", "quiz.question.error.noneRight"));
		}
		else if (d.kind() == QuestionKind.SINGLE && correct.size() > 1) {
			problems.add(new Problem("correct", "quiz.question.error.singleRight"));
		}
		InvalidInputException.throwIfAny(problems);
		return new Checked(text, options, correct);
	}

	private record Checked(String text, List<String> options, List<Integer> correct) {

	}

}
