package org.causo.library;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.library.assessments.AttemptStore;
import org.causo.library.assessments.Marking;
import org.causo.library.assessments.QuestionStore;
import org.causo.library.assessments.QuizRules;
import org.causo.library.assessments.QuizStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' assessments: quizzes drawn from the question bank, with a pass mark, a time
 * limit kept by the server and retake rules, and the attempts with their answers. Answers
 * that come after the time limit (plus a minute for a slow network) are kept but marked
 * late, and a late attempt does not pass.
 */
@Service
@Transactional
public class Assessments {

	/** What a slow network may add to the time limit before the answers count as late. */
	static final Duration GRACE = Duration.ofMinutes(1);

	private final QuizStore quizzes;

	private final QuestionStore questions;

	private final AttemptStore attempts;

	private final AuditTrail audit;

	private final Clock clock;

	private final GuideReader guides;

	Assessments(QuizStore quizzes, QuestionStore questions, AttemptStore attempts, AuditTrail audit, Clock clock,
			GuideReader guides) {
		this.guides = guides;
		this.quizzes = quizzes;
		this.questions = questions;
		this.attempts = attempts;
		this.audit = audit;
		this.clock = clock;
	}

	public Quiz create(QuizDraft d) {
		String title = QuizRules.check(d);
		if (d.afterGuide() != null
				&& this.guides.published("vi").stream().noneMatch((g) -> g.slug().equals(d.afterGuide()))) {
			throw InvalidInputException.of("afterGuide", "quiz.error.afterGuide");
		}
		List<Long> drawn = this.questions.draw(d.topic(), d.language(), d.questionCount());
		if (drawn.size() < d.questionCount()) {
			throw InvalidInputException.of("questionCount", "quiz.error.notEnough", drawn.size());
		}
		QuizDraft clean = new QuizDraft(title, d.topic(), d.language(), d.questionCount(),
				d.randomPerAttempt() && !d.forResidents(), d.passPercent(), d.timeLimitMinutes(), d.maxAttempts(),
				d.waitMinutes(), d.forResidents(), d.afterGuide());
		long id = this.quizzes.insert(clean, clean.randomPerAttempt() ? null : drawn, CurrentActor.username());
		this.audit.record("QUIZ_CREATED", "quiz", id, title);
		return quiz(id);
	}

	@Transactional(readOnly = true)
	public Quiz quiz(long id) {
		return this.quizzes.find(id).orElseThrow(() -> new NotFoundException("quiz " + id));
	}

	/** The residents' self-checks a guide's page offers at its end. */
	@Transactional(readOnly = true)
	public List<Quiz> selfChecksAfter(String guide) {
		return this.quizzes.after(guide);
	}

	/** The officers' quizzes, or the residents' self-checks. */
	@Transactional(readOnly = true)
	public List<Quiz> quizzes(boolean forResidents) {
		return this.quizzes.list(forResidents);
	}

	@Transactional(readOnly = true)
	public QuizStanding standing(long quizId, long officerId) {
		Quiz quiz = officersQuiz(quizId);
		List<Attempt> made = this.attempts.of(quizId, officerId);
		Attempt open = made.stream().filter(Attempt::open).findFirst().orElse(null);
		boolean attemptsLeft = quiz.maxAttempts() == null || made.size() < quiz.maxAttempts();
		Instant nextStart = made.stream()
			.filter((a) -> !a.open())
			.map(Attempt::finishedAt)
			.max(Instant::compareTo)
			.map((at) -> at.plus(Duration.ofMinutes(quiz.waitMinutes())))
			.filter((at) -> at.isAfter(this.clock.instant()))
			.orElse(null);
		return new QuizStanding(quiz, made, open, open == null && attemptsLeft && nextStart == null, nextStart);
	}

	/**
	 * Starts an attempt, or returns the one in progress. Refused (409) when no attempt is
	 * left or the wait after the last one is not over.
	 */
	public Attempt start(long quizId, long officerId, Long postId) {
		QuizStanding standing = standing(quizId, officerId);
		if (standing.open() != null) {
			return standing.open();
		}
		if (!standing.canStart()) {
			throw new QuizRefusedException(
					(standing.nextStart() != null) ? "quiz.error.wait.notOver" : "quiz.error.noAttemptLeft");
		}
		Quiz quiz = standing.quiz();
		List<Long> drawn = quiz.randomPerAttempt()
				? this.questions.draw(quiz.topic(), quiz.language(), quiz.questionCount()) : quiz.fixedQuestions();
		Instant now = this.clock.instant();
		Instant deadline = (quiz.timeLimitMinutes() != null) ? now.plus(Duration.ofMinutes(quiz.timeLimitMinutes()))
				: null;
		long id = this.attempts.insert(quizId, officerId, postId, standing.attempts().size() + 1, drawn, now, deadline);
		return attempt(id, officerId);
	}

	/** An officer's own attempt; another's is not found. */
	@Transactional(readOnly = true)
	public Attempt attempt(long attemptId, long officerId) {
		return this.attempts.find(attemptId)
			.filter((a) -> a.officerId() == officerId)
			.orElseThrow(() -> new NotFoundException("attempt " + attemptId));
	}

	/** The questions of an attempt, in its order. */
	@Transactional(readOnly = true)
	public List<Question> questions(Attempt attempt) {
		return this.questions.find(attempt.questionIds());
	}

	/**
	 * Marks the answers (option positions by question id) and closes the attempt. An
	 * answer to a question the attempt does not hold, or an option the question does not
	 * have, is refused (400); a question left out scores 0.
	 */
	public Attempt submit(long attemptId, long officerId, Map<Long, List<Integer>> answers) {
		Attempt attempt = attempt(attemptId, officerId);
		if (!attempt.open()) {
			throw new QuizRefusedException("quiz.error.finished");
		}
		List<Question> asked = questions(attempt);
		for (Map.Entry<Long, List<Integer>> a : answers.entrySet()) {
			Question q = asked.stream()
				.filter((x) -> x.id() == a.getKey())
				.findFirst()
				.orElseThrow(() -> InvalidInputException.of("answers", "quiz.error.notInAttempt"));
			if (a.getValue().stream().anyMatch((p) -> p < 1 || p > q.options().size())
					|| (q.kind() == QuestionKind.SINGLE && a.getValue().size() > 1)) {
				throw InvalidInputException.of("answers", "quiz.error.badOption");
			}
		}
		Quiz quiz = quiz(attempt.quizId());
		Instant now = this.clock.instant();
		boolean late = attempt.deadline() != null && now.isAfter(attempt.deadline().plus(GRACE));
		double total = 0;
		for (Question q : asked) {
			total += Marking.mark(q, answers.getOrDefault(q.id(), List.of()));
		}
		double score = asked.isEmpty() ? 0 : 100 * total / asked.size();
		boolean passed = !late && score + 1e-9 >= quiz.passPercent();
		if (!this.attempts.finish(attemptId, now, late, score, passed)) {
			throw new QuizRefusedException("quiz.error.finished");
		}
		for (Question q : asked) {
			List<Integer> chosen = answers.getOrDefault(q.id(), List.of());
			this.attempts.answer(attemptId, q.id(), chosen, Marking.mark(q, chosen));
		}
		return attempt(attemptId, officerId);
	}

	private Quiz officersQuiz(long quizId) {
		Quiz quiz = quiz(quizId);
		if (quiz.forResidents()) {
			throw new NotFoundException("quiz " + quizId);
		}
		return quiz;
	}

}
