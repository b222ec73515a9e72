package org.causo.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers take assessments through the pages: a pass and a fail, the retake rules, the
 * time limit kept by the server, and bad input answered 4xx in the officer's language.
 */
class QuizIntegrationTests extends IntegrationTest {

	@Autowired
	QuestionBank bank;

	@Autowired
	Assessments assessments;

	/**
	 * A quiz of two questions in French on "other" topics, fixed for every attempt,
	 * passed from 60%.
	 */
	Quiz newQuiz(Integer maxAttempts, int waitMinutes, Integer timeLimit) {
		for (int i = 0; i < 2; i++) {
			this.bank.add(new QuestionDraft(QuestionKind.SINGLE, QuizTopic.OTHER, "fr", "Question " + unique(),
					List.of("oui", "non", "peut-être"), List.of(1), null, false));
		}
		return this.assessments.create(new QuizDraft("Quiz " + unique(), QuizTopic.OTHER, "fr", 2, false, 60, timeLimit,
				maxAttempts, waitMinutes, false));
	}

	/** Starts an attempt as a browser does, and returns its id. */
	static long start(WebSession officer, long quizId) {
		officer.get("/quizzes/" + quizId);
		Page started = officer.post("/quizzes/" + quizId + "/attempts", Map.of());
		assertThat(started.status()).as("start").isEqualTo(302);
		return Long.parseLong(started.location().replaceAll(".*/quizzes/attempts/", ""));
	}

	/** Hands in every answer right, or every answer wrong, through the attempt's form. */
	Page handIn(WebSession officer, String username, long attemptId, boolean right) {
		Attempt attempt = this.assessments.attempt(attemptId, officerIdByUsername(username));
		assertThat(officer.get("/quizzes/attempts/" + attemptId).body()).contains("name=\"q");
		List<Map.Entry<String, String>> form = new ArrayList<>();
		for (Question q : this.assessments.questions(attempt)) {
			int chosen = right ? q.correct().get(0)
					: q.options().stream().filter((o) -> !o.correct()).findFirst().orElseThrow().position();
			form.add(Map.entry("q" + q.id(), String.valueOf(chosen)));
		}
		Page sent = officer.post("/quizzes/attempts/" + attemptId, form);
		assertThat(sent.status()).isEqualTo(302);
		return officer.follow(sent);
	}

	@Test
	void anOfficerWhoAnswersRightPassesAndOneWhoAnswersWrongFails() {
		Quiz quiz = newQuiz(3, 0, null);
		WebSession officer = loggedIn("kalang.officer");
		Page passed = handIn(officer, "kalang.officer", start(officer, quiz.id()), true);
		assertThat(passed.body()).contains("Đạt: 100% (cần 60%).");
		WebSession member = loggedIn("kalang.member");
		Page failed = handIn(member, "kalang.member", start(member, quiz.id()), false);
		assertThat(failed.body()).contains("Chưa đạt: 0% (cần 60%).");
		assertThat(member.get("/quizzes/" + quiz.id()).body()).contains("Làm lại");
		assertThat(this.jdbc
			.sql("select count(*) from quiz_answer a join quiz_attempt t on t.id = a.attempt_id "
					+ "where t.quiz_id = :q")
			.param("q", quiz.id())
			.query(Long.class)
			.single()).as("answers stored").isEqualTo(4);
	}

	@Test
	void aRetakeWaitsForTheWaitAndStopsWhenNoAttemptIsLeft() {
		Quiz quiz = newQuiz(2, 30, null);
		WebSession officer = loggedIn("huoiluong.officer");
		handIn(officer, "huoiluong.officer", start(officer, quiz.id()), false);
		assertThat(officer.get("/quizzes/" + quiz.id()).body()).contains("Có thể làm lại từ")
			.doesNotContain("Làm lại<");
		assertThat(officer.post("/quizzes/" + quiz.id() + "/attempts", Map.of()).status()).isEqualTo(409);
		this.clock.advance(java.time.Duration.ofMinutes(31));
		handIn(officer, "huoiluong.officer", start(officer, quiz.id()), false);
		assertThat(officer.get("/quizzes/" + quiz.id()).body()).contains("Bạn đã dùng hết số lượt làm bài.");
		assertThat(officer.post("/quizzes/" + quiz.id() + "/attempts", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void answersAfterTheTimeLimitAreKeptButMarkedLateAndDoNotPass() {
		Quiz quiz = newQuiz(3, 0, 5);
		WebSession officer = loggedIn("kalang.commander");
		long attempt = start(officer, quiz.id());
		assertThat(officer.get("/quizzes/attempts/" + attempt).body()).contains("Hạn nộp:");
		this.clock.advance(java.time.Duration.ofMinutes(7));
		Page result = handIn(officer, "kalang.commander", attempt, true);
		assertThat(result.body()).contains("Chưa đạt: 100%").contains("Bài nộp sau thời gian cho phép");
		assertThat(this.jdbc.sql("select late from quiz_attempt where id = :id")
			.param("id", attempt)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anAnswerToAnotherQuizsQuestionOrAnUnknownQuizIsRefusedInTheOfficersLanguage() {
		Quiz quiz = newQuiz(3, 0, null);
		Quiz other = newQuiz(3, 0, null);
		WebSession officer = loggedIn("kalang.officer");
		long attempt = start(officer, quiz.id());
		officer.get("/quizzes/attempts/" + attempt);
		long foreign = other.fixedQuestions()
			.stream()
			.filter((id) -> !quiz.fixedQuestions().contains(id))
			.findFirst()
			.orElseThrow();
		Page refused = officer.post("/quizzes/attempts/" + attempt, Map.of("q" + foreign, "1"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("không thuộc lượt làm bài này");
		Page bad = officer.post("/quizzes/attempts/" + attempt + "?lang=en",
				Map.of("q" + quiz.fixedQuestions().get(0), "9"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("An answer is not one of the question");
		assertThat(officer.get("/quizzes/999999999").status()).isEqualTo(404);
		assertThat(this.assessments.attempt(attempt, officerIdByUsername("kalang.officer")).open()).isTrue();
	}

	@Test
	void aQuestionWithoutARightOptionIsRefusedWithTheReasonAndNothingIsSaved() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/quiz/questions/new");
		String text = "Câu hỏi " + unique();
		List<Map.Entry<String, String>> form = List.of(Map.entry("kind", "SINGLE"), Map.entry("topic", "VNEID"),
				Map.entry("language", "vi"), Map.entry("text", text), Map.entry("options", "Có"),
				Map.entry("options", "Không"));
		Page refused = admin.post("/admin/quiz/questions", form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("Đánh dấu ít nhất một đáp án đúng.").contains(text);
		List<Map.Entry<String, String>> english = new ArrayList<>(form);
		english.add(Map.entry("lang", "en"));
		assertThat(admin.post("/admin/quiz/questions?lang=en", english).body())
			.contains("Tick at least one right option.");
		assertThat(this.jdbc.sql("select count(*) from quiz_question where text = :t")
			.param("t", text)
			.query(Long.class)
			.single()).isZero();
		List<Map.Entry<String, String>> right = new ArrayList<>(form);
		right.add(Map.entry("correct", "1"));
		Page saved = admin.post("/admin/quiz/questions", right);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(
				this.jdbc.sql("select count(*) from audit_event where action = 'QUIZ_QUESTION_ADDED' and details = :t")
					.param("t", text)
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void aQuestionsPictureIsStrippedOfItsMetadataAndAWrongFileIsRefused() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/quiz/questions/new");
		Map<String, String> form = Map.of("kind", "SINGLE", "topic", "QR_PAYMENT", "language", "vi", "text",
				"Ảnh " + unique(), "options", "Có", "correct", "1");
		Page saved = admin.postFiles("/admin/quiz/questions", form, "picture",
				List.of(new WebSession.Upload("qr.jpg", "image/jpeg", org.causo.support.TestImages.jpegWithGps())));
		assertThat(saved.status()).as("one option only is refused").isEqualTo(400);
		assertThat(saved.body()).contains("Cần từ 2 đến 8 đáp án.");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.bank.add(new QuestionDraft(QuestionKind.SINGLE, QuizTopic.QR_PAYMENT, "vi",
					"Ảnh " + unique(), List.of("Có", "Không"), List.of(1), "not a picture".getBytes(), false)))
			.isInstanceOfSatisfying(org.causo.shared.InvalidInputException.class,
					(ex) -> assertThat(ex.problems())
						.extracting(org.causo.shared.InvalidInputException.Problem::messageKey)
						.containsExactly("quiz.question.error.pictureType"));
		Question q = this.bank.add(new QuestionDraft(QuestionKind.SINGLE, QuizTopic.QR_PAYMENT, "vi", "Ảnh " + unique(),
				List.of("Có", "Không"), List.of(1), org.causo.support.TestImages.jpegWithGps(), false));
		assertThat(q.hasPicture()).isTrue();
		byte[] served = session().getBytes("/check/pictures/" + q.id());
		assertThat(org.causo.support.TestImages.contains(served, org.causo.support.TestImages.PLACE)).isFalse();
	}

	@Test
	void anAdministratorSetsUpAQuizThroughTheFormAndABadPassMarkIsRefused() {
		this.bank.add(new QuestionDraft(QuestionKind.SINGLE, QuizTopic.PUBLIC_SERVICES, "fr", "Q " + unique(),
				List.of("oui", "non"), List.of(1), null, false));
		WebSession admin = loggedIn("admin");
		admin.get("/admin/quizzes/new");
		String title = "Évaluation " + unique();
		Page bad = admin.post("/admin/quizzes", Map.of("title", title, "topic", "PUBLIC_SERVICES", "language", "fr",
				"questionCount", "1", "passPercent", "140", "waitMinutes", "0"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Điểm đạt từ 1 đến 100.");
		Page made = admin.post("/admin/quizzes",
				Map.of("title", title, "topic", "PUBLIC_SERVICES", "language", "fr", "questionCount", "1",
						"passPercent", "80", "timeLimitMinutes", "10", "maxAttempts", "2", "waitMinutes", "60"));
		assertThat(made.status()).isEqualTo(302);
		assertThat(admin.follow(made).body()).contains(title, "Đạt từ 80%", "Thời gian: 10 phút", "Được làm 2 lượt");
	}

	@Test
	void onlyAdministratorsEditTheBank() {
		assertThat(loggedIn("kalang.commander").get("/admin/quiz/questions").status()).isEqualTo(403);
		assertThat(loggedIn("admin").get("/admin/quiz/questions").body()).contains("Ngân hàng câu hỏi");
	}

}
