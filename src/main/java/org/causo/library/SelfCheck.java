package org.causo.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.library.assessments.CheckCounts;
import org.causo.library.assessments.Marking;
import org.causo.library.assessments.QuestionStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.LocalTimes;
import org.causo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents' "check yourself": a few questions after a guide, without login. Each
 * answer is marked and shown at once; what is kept is a count per question, option and
 * day (Vietnam's day), nothing about who answered or when.
 */
@Service
@Transactional
public class SelfCheck {

	private final Assessments assessments;

	private final QuestionStore questions;

	private final CheckCounts counts;

	private final LocalTimes times;

	private final Clock clock;

	SelfCheck(Assessments assessments, QuestionStore questions, CheckCounts counts, LocalTimes times, Clock clock) {
		this.assessments = assessments;
		this.questions = questions;
		this.counts = counts;
		this.times = times;
		this.clock = clock;
	}

	/** A residents' self-check; an officers' quiz is not found here. */
	@Transactional(readOnly = true)
	public Quiz quiz(long id) {
		Quiz quiz = this.assessments.quiz(id);
		if (!quiz.forResidents()) {
			throw new NotFoundException("self-check " + id);
		}
		return quiz;
	}

	/** The self-check's questions, in order. */
	@Transactional(readOnly = true)
	public List<Question> questions(long quizId) {
		return this.questions.find(quiz(quizId).fixedQuestions());
	}

	/**
	 * Marks an answer to the question at {@code number} (from 1), counts it, and returns
	 * the question with its mark (0..1). An option the question does not have is a 400.
	 */
	public Answered answer(long quizId, int number, List<Integer> chosen) {
		List<Question> all = questions(quizId);
		if (number < 1 || number > all.size()) {
			throw new NotFoundException("self-check question " + number);
		}
		Question q = all.get(number - 1);
		if (chosen.isEmpty() || chosen.stream().anyMatch((p) -> p < 1 || p > q.options().size())
				|| (q.kind() == QuestionKind.SINGLE && chosen.size() > 1)) {
			throw InvalidInputException.of("answer", "quiz.check.error.choose");
		}
		List<Integer> counted = new ArrayList<>(chosen.stream().distinct().toList());
		counted.add(CheckCounts.ANSWERED);
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), this.times.zone());
		this.counts.add(quizId, q.id(), counted, day);
		return new Answered(q, chosen, Marking.mark(q, chosen));
	}

	/**
	 * How often each option was chosen: question id to (position to count, 0 = answers).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Integer, Long>> counts(long quizId) {
		quiz(quizId);
		return this.counts.totals(quizId);
	}

	/**
	 * A marked answer.
	 *
	 * @param question the question, with its right options
	 * @param chosen what was chosen
	 * @param mark the mark, 0..1
	 */
	public record Answered(Question question, List<Integer> chosen, double mark) {

		public boolean right() {
			return this.mark >= 1;
		}

	}

}
