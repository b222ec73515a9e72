package org.causo.browser;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.SoftAssertions;
import org.causo.library.Assessments;
import org.causo.library.Question;
import org.causo.library.QuestionBank;
import org.causo.library.QuestionDraft;
import org.causo.library.QuestionKind;
import org.causo.library.Quiz;
import org.causo.library.QuizDraft;
import org.causo.library.QuizTopic;
import org.causo.library.SelfCheck;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a 360 px phone, with JavaScript on and off: an officer takes an assessment and
 * passes; a resident answers the self-check without login. No serious accessibility
 * violation, nothing wider than the screen, and no cookie for the resident.
 */
class QuizBrowserTests extends IntegrationTest {

	@Autowired
	QuestionBank bank;

	@Autowired
	Assessments assessments;

	@Autowired
	SelfCheck checks;

	private Quiz oneQuestionQuiz() {
		this.bank.add(new QuestionDraft(QuestionKind.SINGLE, QuizTopic.QR_PAYMENT, "en", "Which is right? " + unique(),
				List.of("Right answer", "Wrong answer"), List.of(1), null, false));
		return this.assessments
			.create(new QuizDraft("Phone quiz " + unique(), QuizTopic.QR_PAYMENT, "en", 1, true, 50, 10, 2, 0, false));
	}

	@Test
	void anOfficerTakesAnAssessmentOnAPhoneAndPasses() {
		SoftAssertions softly = new SoftAssertions();
		for (boolean javaScript : new boolean[] { true, false }) {
			Quiz quiz = oneQuestionQuiz();
			String suffix = javaScript ? "" : "-nojs";
			try (BrowserContext context = Browser.phone(javaScript)) {
				Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.officer"));
				page.navigate(baseUrl() + "/quizzes");
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(quiz.title())).click();
				check(page, "quiz-01-rules" + suffix, softly);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu làm bài")).click();
				check(page, "quiz-02-attempt" + suffix, softly);
				page.getByLabel("Right answer", new Page.GetByLabelOptions().setExact(true)).check();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp bài")).click();
				assertThat(page.locator("#verdict")).hasText("Đạt: 100% (cần 50%).");
				check(page, "quiz-03-result" + suffix, softly);
			}
		}
		softly.assertAll();
	}

	@Test
	void aResidentChecksHimselfWithoutLoginOnAPhone() {
		long quiz = this.jdbc.sql("select id from quiz where for_residents order by id limit 1")
			.query(Long.class)
			.single();
		Question first = this.checks.questions(quiz).get(0);
		List<String> right = first.correct().stream().map((p) -> first.options().get(p - 1).text()).toList();
		SoftAssertions softly = new SoftAssertions();
		for (boolean javaScript : new boolean[] { true, false }) {
			String suffix = javaScript ? "" : "-nojs";
			try (BrowserContext context = Browser.phone(javaScript)) {
				Page page = context.newPage();
				page.navigate(baseUrl() + "/check/" + quiz);
				check(page, "check-01-question" + suffix, softly);
				right.forEach((r) -> page.getByLabel(r, new Page.GetByLabelOptions().setExact(true)).check());
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lời")).click();
				assertThat(page.locator("#feedback")).hasText("Đúng rồi!");
				check(page, "check-02-answered" + suffix, softly);
				softly.assertThat(context.cookies()).as("cookies" + suffix).isEmpty();
			}
		}
		softly.assertAll();
	}

	private static void check(Page page, String name, SoftAssertions softly) {
		Browser.screenshot(page, name);
		softly.assertThat(Browser.seriousViolations(page)).as(name + ": accessibility").isEmpty();
		Object width = page.evaluate("document.documentElement.scrollWidth");
		softly.assertThat(((Number) width).intValue()).as(name + ": page width").isLessThanOrEqualTo(360);
	}

}
