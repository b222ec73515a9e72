package org.causo.library;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The residents' self-check: public, without cookie, within the public page budget; the
 * answer shown at once; only counts per question, option and day kept.
 */
class SelfCheckIntegrationTests extends IntegrationTest {

	@Autowired
	SelfCheck checks;

	private long demoCheck() {
		return this.jdbc.sql("select id from quiz where for_residents order by id limit 1").query(Long.class).single();
	}

	private long count(long quiz, long question, int position) {
		return this.jdbc.sql("""
				select coalesce(sum(answers), 0) from quiz_check_count
				where quiz_id = :q and question_id = :question and position = :p
				""").param("q", quiz).param("question", question).param("p", position).query(Long.class).single();
	}

	@Test
	void aResidentAnswersWithoutLoginAndSeesAtOnceWhetherItWasRight() {
		long quiz = demoCheck();
		Question first = this.checks.questions(quiz).get(0);
		int right = first.correct().get(0);
		long before = count(quiz, first.id(), right);
		long answersBefore = count(quiz, first.id(), 0);
		WebSession phone = session();
		// escaped as th:text escapes it: a question may hold quotes
		assertThat(phone.get("/check/" + quiz).body()).contains(HtmlEscape.escapeHtml4Xml(first.text()))
			.contains("name=\"answer\"");
		// every right option: the first question may take several
		Page answered = phone.post("/check/" + quiz + "/1",
				first.correct().stream().map((p) -> Map.entry("answer", String.valueOf(p))).toList());
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.body()).contains("Đúng rồi!").contains("action=\"/check/" + quiz + "/2\"");
		int wrong = first.options().stream().filter((o) -> !o.correct()).findFirst().orElseThrow().position();
		assertThat(phone.post("/check/" + quiz + "/1?lang=en", Map.of("answer", String.valueOf(wrong))).body())
			.contains("Not quite.");
		assertThat(count(quiz, first.id(), right)).isEqualTo(before + 1);
		assertThat(count(quiz, first.id(), 0)).isEqualTo(answersBefore + 2);
		assertThat(phone.cookiesSet()).isEmpty();
	}

	@Test
	void onlyCountsPerQuestionOptionAndDayAreKept() {
		List<String> columns = this.jdbc
			.sql("select column_name from information_schema.columns where table_name = 'quiz_check_count' "
					+ "order by ordinal_position")
			.query(String.class)
			.list();
		assertThat(columns).containsExactly("quiz_id", "question_id", "position", "day", "answers");
	}

	@Test
	void noAnswerIsAClear400AndAnOfficersQuizIsNotASelfCheck() {
		long quiz = demoCheck();
		Page empty = session().post("/check/" + quiz + "/1", Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Hãy chọn một đáp án.");
		assertThat(session().post("/check/" + quiz + "/1", Map.of("lang", "en")).body()).contains("Choose an answer.");
		long officers = this.jdbc.sql("select id from quiz where not for_residents order by id limit 1")
			.query(Long.class)
			.single();
		assertThat(session().get("/check/" + officers).status()).isEqualTo(404);
		assertThat(session().get("/check/" + quiz + "/99").status()).isEqualTo(404);
	}

	@Test
	void theFirstViewFitsThePublicBudgetCompressed() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/check/" + demoCheck()))
				.header("Accept-Encoding", "gzip")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(response.body().length).isLessThanOrEqualTo(14 * 1024);
	}

	@Test
	void aGuideEndsWithTheSelfCheckOfferedAfterIt() {
		long demo = demoCheck();
		assertThat(session().get("/guides/nhan-biet-cuoc-goi-lua-dao").body()).contains("href=\"/check/" + demo + "\"")
			.contains(">Tự kiểm tra</h2>", ">Tự kiểm tra: nhận biết cuộc gọi lừa đảo</a>");
		assertThat(session().get("/guides/cai-dat-vneid").body()).doesNotContain("/check/");
	}

	@Test
	void anAdministratorOffersASelfCheckAfterAGuideAndOnlyASelfCheckAfterAPublishedGuide() {
		WebSession admin = loggedIn("admin");
		assertThat(admin.get("/admin/quizzes/new").body()).contains("<option value=\"cai-dat-vneid\"");
		String title = "Sau hướng dẫn VNeID " + unique();
		Map<String, String> fields = new java.util.HashMap<>(Map.of("title", title, "topic", "SCAM_CALLS", "language",
				"vi", "questionCount", "1", "passPercent", "50", "waitMinutes", "0", "afterGuide", "cai-dat-vneid"));
		Page officers = admin.post("/admin/quizzes", fields);
		assertThat(officers.status()).isEqualTo(400);
		assertThat(officers.body()).contains("Chỉ bài tự kiểm tra cho người dân mới hiện ở cuối hướng dẫn.");
		fields.put("forResidents", "true");
		fields.put("afterGuide", "khong-co-huong-dan-nay");
		Page unknown = admin.post("/admin/quizzes", fields);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("Chọn một hướng dẫn đã công bố.");
		fields.put("afterGuide", "cai-dat-vneid");
		assertThat(admin.post("/admin/quizzes", fields).status()).isEqualTo(302);
		long made = this.jdbc.sql("select id from quiz where title = :t").param("t", title).query(Long.class).single();
		assertThat(session().get("/guides/cai-dat-vneid", "en").body()).contains("href=\"/check/" + made + "\"")
			.contains(">Check yourself</h2>", ">" + title + "</a>");
		this.jdbc.sql("update quiz set after_guide = null where id = :id").param("id", made).update();
	}

}
