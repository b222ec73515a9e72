package org.causo.library.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.identity.Officers;
import org.causo.library.AssessmentResults;
import org.causo.library.Assessments;
import org.causo.library.Attempt;
import org.causo.library.GuideReader;
import org.causo.library.Question;
import org.causo.library.QuestionBank;
import org.causo.library.QuestionDraft;
import org.causo.library.QuestionKind;
import org.causo.library.Quiz;
import org.causo.library.QuizDraft;
import org.causo.library.QuizTopic;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.DemoLoader;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * The assessments' demo: a question bank on digital skills in Vietnamese (VNeID, scam
 * calls, passwords, QR payment, online public services), the officers' assessment with an
 * attempt by every demo officer, and the residents' self-check on scam calls. The seeds
 * say all 784 officers passed the digital-knowledge assessment: here every demo officer
 * passes too, a few at the second attempt, with answers that vary enough for the
 * statistics to say something. Skipped once there.
 */
@Component
class QuizDemo implements DemoLoader {

	static final String OFFICERS_QUIZ = "Kiểm tra kiến thức số cho cán bộ, chiến sĩ";

	static final String SELF_CHECK = "Tự kiểm tra: nhận biết cuộc gọi lừa đảo";

	/** The guide whose page ends with the self-check (the guides' demo publishes it). */
	static final String SCAM_GUIDE = "nhan-biet-cuoc-goi-lua-dao";

	private final QuestionBank bank;

	private final Assessments assessments;

	private final BorderPosts posts;

	private final Officers officers;

	private final GuideReader guides;

	QuizDemo(QuestionBank bank, Assessments assessments, BorderPosts posts, Officers officers, GuideReader guides) {
		this.guides = guides;
		this.bank = bank;
		this.assessments = assessments;
		this.posts = posts;
		this.officers = officers;
	}

	@Override
	public boolean loaded() {
		return this.assessments.quizzes(false).stream().anyMatch((q) -> q.title().equals(OFFICERS_QUIZ));
	}

	@Override
	public String load() {
		for (QuestionDraft q : QuizDemoQuestions.VIETNAMESE) {
			this.bank.add(q);
		}
		Quiz quiz = this.assessments.create(new QuizDraft(OFFICERS_QUIZ, null, "vi", 10, false, 70, 20, 3, 0, false));
		this.assessments.create(new QuizDraft(SELF_CHECK, QuizTopic.SCAM_CALLS, "vi",
				(int) QuizDemoQuestions.VIETNAMESE.stream().filter((q) -> q.topic() == QuizTopic.SCAM_CALLS).count(),
				false, 50, null, null, 0, true, afterGuide()));
		int n = 0;
		for (BorderPost post : this.posts.list(Scope.all())) {
			for (long officer : this.officers.activeOfficersAt(post.id(), AssessmentResults.TAKERS)) {
				take(quiz.id(), officer, post.id(), n++);
			}
		}
		return QuizDemoQuestions.VIETNAMESE.size() + " questions, 2 quizzes, " + n + " officers' attempts";
	}

	/** The scam-call guide, when the guides' demo has published it (it runs first). */
	private String afterGuide() {
		return this.guides.published("vi").stream().anyMatch((g) -> g.slug().equals(SCAM_GUIDE)) ? SCAM_GUIDE : null;
	}

	/**
	 * One officer's attempts: each question answered right unless the officer's number
	 * and the question's say otherwise (about one in five wrong, a few officers weaker on
	 * the harder questions); who falls short tries again and gets them all.
	 */
	private void take(long quizId, long officer, long post, int n) {
		Attempt first = this.assessments.start(quizId, officer, post);
		List<Question> asked = this.assessments.questions(first);
		Map<Long, List<Integer>> answers = new HashMap<>();
		for (int i = 0; i < asked.size(); i++) {
			Question q = asked.get(i);
			boolean wrong = ((n * 7 + i * 3) % 5 == 0) || (n % 4 == 3 && i >= asked.size() - 3);
			answers.put(q.id(), wrong ? wrongAnswer(q) : q.correct());
		}
		Attempt done = this.assessments.submit(first.id(), officer, answers);
		if (!Boolean.TRUE.equals(done.passed())) {
			Attempt again = this.assessments.start(quizId, officer, post);
			Map<Long, List<Integer>> right = new HashMap<>();
			this.assessments.questions(again).forEach((q) -> right.put(q.id(), q.correct()));
			this.assessments.submit(again.id(), officer, right);
		}
	}

	private static List<Integer> wrongAnswer(Question q) {
		List<Integer> wrong = new ArrayList<>();
		q.options().stream().filter((o) -> !o.correct()).findFirst().ifPresent((o) -> wrong.add(o.position()));
		return wrong;
	}

	static QuestionDraft single(QuizTopic topic, String text, int right, String... options) {
		return new QuestionDraft(QuestionKind.SINGLE, topic, "vi", text, List.of(options), List.of(right), null, false);
	}

	static QuestionDraft multiple(QuizTopic topic, String text, List<Integer> right, String... options) {
		return new QuestionDraft(QuestionKind.MULTIPLE, topic, "vi", text, List.of(options), right, null, false);
	}

}
