package org.causo.library;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiz's results are scoped to the viewer's posts; commanders see names, the analyst
 * figures only, on the page, in the JSON and in the CSV.
 */
class QuizResultsIntegrationTests extends IntegrationTest {

	@Autowired
	QuestionBank bank;

	@Autowired
	Assessments assessments;

	/** A fresh quiz that a Ka Lăng officer passed and a Huổi Luông officer failed. */
	private Quiz takenAtTwoPosts() {
		this.bank.add(new QuestionDraft(QuestionKind.SINGLE, QuizTopic.OTHER, "en", "Question " + unique(),
				List.of("yes", "no"), List.of(1), null, false));
		Quiz quiz = this.assessments
			.create(new QuizDraft("Scope " + unique(), QuizTopic.OTHER, "en", 1, false, 50, null, null, 0, false));
		take(quiz, "kalang.officer", "Ka Lăng", true);
		take(quiz, "huoiluong.officer", "Huổi Luông", false);
		return quiz;
	}

	private void take(Quiz quiz, String username, String post, boolean right) {
		long officer = officerIdByUsername(username);
		Attempt attempt = this.assessments.start(quiz.id(), officer, postIdByName(post));
		Map<Long, List<Integer>> answers = new HashMap<>();
		for (Question q : this.assessments.questions(attempt)) {
			answers.put(q.id(), right ? q.correct() : List.of(q.options().size()));
		}
		this.assessments.submit(attempt.id(), officer, answers);
	}

	@Test
	void aCommanderSeesTheNamesOfHisPostOnlyAndTheAdministratorBothPosts() {
		Quiz quiz = takenAtTwoPosts();
		String commander = loggedIn("kalang.commander").get("/quizzes/" + quiz.id() + "/results").body();
		assertThat(commander).contains("Cán bộ đồn Ka Lăng").doesNotContain("Huổi Luông");
		assertThat(commander).contains("<td>Đạt</td>").contains("<td>Chưa làm</td>");
		String admin = loggedIn("admin").get("/quizzes/" + quiz.id() + "/results").body();
		assertThat(admin).contains("Cán bộ đồn Ka Lăng", "Cán bộ đồn Huổi Luông", "<td>Chưa đạt</td>");
		String csv = new String(
				loggedIn("kalang.commander").getBytes("/quizzes/" + quiz.id() + "/results/export?format=csv"),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Cán bộ đồn Ka Lăng").doesNotContain("Huổi Luông");
	}

	@Test
	void theAnalystSeesFiguresPerPostButNoName() {
		Quiz quiz = takenAtTwoPosts();
		String page = loggedIn("analyst").get("/quizzes/" + quiz.id() + "/results").body();
		assertThat(page).contains("Ka Lăng", "Huổi Luông").doesNotContain("Cán bộ đồn", "Chỉ huy đồn", "by-officer");
		String csv = new String(loggedIn("analyst").getBytes("/quizzes/" + quiz.id() + "/results/export?format=csv"),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("Huổi Luông").doesNotContain("Cán bộ đồn");
		var json = api("analyst").get("/api/library/quizzes/" + quiz.id() + "/results");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.json().get("officers")).isEmpty();
		assertThat(json.json().get("posts").toString()).contains("Huổi Luông");
	}

	@Test
	void theStatisticsCountFirstAttemptsOnly() {
		Quiz quiz = takenAtTwoPosts();
		take(quiz, "huoiluong.officer", "Huổi Luông", true);
		var stats = api("admin").get("/api/library/quizzes/" + quiz.id() + "/results").json().get("questions").get(0);
		assertThat(stats.get("attempts").asInt()).isEqualTo(2);
		assertThat(stats.get("facility").asDouble()).isEqualTo(50.0);
	}

	@Test
	void everyDemoOfficerPassedTheDigitalKnowledgeAssessment() {
		long quiz = this.jdbc.sql("select id from quiz where title = 'Kiểm tra kiến thức số cho cán bộ, chiến sĩ'")
			.query(Long.class)
			.single();
		long tookIt = this.jdbc.sql("select count(distinct officer_id) from quiz_attempt where quiz_id = :q")
			.param("q", quiz)
			.query(Long.class)
			.single();
		long passed = this.jdbc.sql("select count(distinct officer_id) from quiz_attempt where quiz_id = :q and passed")
			.param("q", quiz)
			.query(Long.class)
			.single();
		assertThat(tookIt).isGreaterThanOrEqualTo(6).isEqualTo(passed);
		assertThat(loggedIn("admin").get("/quizzes/" + quiz + "/results").body()).contains("id=\"stats\"");
	}

}
