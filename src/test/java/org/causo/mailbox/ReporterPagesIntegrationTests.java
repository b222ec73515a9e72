package org.causo.mailbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter's pages as a resident uses them: a language switch keeps what was typed, a
 * wrong receipt stays to be corrected, short answers go through, feedback has its own
 * help, and the thread is dated.
 */
class ReporterPagesIntegrationTests extends IntegrationTest {

	private static final Pattern RECEIPT = Pattern.compile("id=\"receipt\">([0-9 ]+)<");

	@Test
	void switchingLanguageOnTheFormKeepsTheTextTheCategoryAndTheToken() {
		String code = qrCode("Ka Lăng", "CRIME_TIP");
		WebSession phone = session();
		String token = token(phone.get("/q/" + code).body());
		long before = reports();
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("token", token);
		typed.put("lang", "vi");
		typed.put("category", "SMUGGLING");
		typed.put("text", "Thuyền chở hàng cập bến lúc 2 giờ sáng");
		typed.put("where", "Bến đò cũ");
		typed.put("language", "en");

		Page english = phone.post("/q/" + code, typed);

		assertThat(english.status()).isEqualTo(200);
		assertThat(english.headers().keySet()).noneMatch("Set-Cookie"::equalsIgnoreCase);
		assertThat(english.body()).contains("lang=\"en\"", "What happened?")
			.contains("Thuyền chở hàng cập bến lúc 2 giờ sáng")
			.contains("Bến đò cũ")
			.containsPattern("value=\"SMUGGLING\"[^>]*checked")
			.doesNotContain("form-errors");
		assertThat(token(english.body())).isEqualTo(token);
		assertThat(reports()).as("a language switch sends nothing").isEqualTo(before);

		typed.remove("language");
		typed.put("lang", "en");
		Page sent = phone.post("/q/" + code, typed);
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.body()).containsPattern(RECEIPT.pattern());
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void switchingLanguageOnTheThreadKeepsItOpenWithTheReplyTypedSoFar() {
		WebSession phone = session();
		String receipt = sendATip(phone);

		Page english = phone.post("/r/reply",
				Map.of("receipt", receipt, "lang", "vi", "text", "Hai người, một xe máy", "language", "en"));

		assertThat(english.status()).isEqualTo(200);
		assertThat(english.headers().keySet()).noneMatch("Set-Cookie"::equalsIgnoreCase);
		assertThat(english.body()).contains("lang=\"en\"", "Your message", "Hai người, một xe máy")
			.contains("name=\"receipt\" value=\"" + receipt + "\"");
		assertThat(english.body()).doesNotContain("role=\"status\"");
		assertThat(messagesOfTheNewestReport()).as("a language switch sends nothing").isZero();
	}

	@Test
	void switchingLanguageOnTheReceiptPageShowsTheSameReceipt() {
		WebSession phone = session();
		String receipt = sendATip(phone);

		Page french = phone.post("/r/receipt", Map.of("receipt", receipt, "lang", "vi", "language", "fr"));

		assertThat(french.status()).isEqualTo(200);
		assertThat(french.body()).contains("lang=\"fr\"");
		assertThat(receipt(french)).isEqualTo(receipt);

		Page forged = phone.post("/r/receipt", Map.of("receipt", "1234 5678 1234 5678", "language", "fr"));
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.body()).doesNotContain("id=\"receipt\">");
	}

	@Test
	void switchingLanguageOnTheReceiptFieldKeepsTheDigitsWithoutTryingThem() {
		Page english = session().post("/r", Map.of("receipt", "1234 5678 90", "lang", "vi", "language", "en"));

		assertThat(english.status()).isEqualTo(200);
		assertThat(english.body()).contains("lang=\"en\"", "value=\"1234 5678 90\"").doesNotContain("form-errors");
	}

	@Test
	void aWrongReceiptStaysInTheFieldToBeCorrected() {
		Page wrong = session().post("/r", Map.of("receipt", "1111 2222 3333 4444", "lang", "vi"));

		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("Hãy kiểm tra lại từng chữ số").contains("value=\"1111 2222 3333 4444\"");
	}

	@Test
	void aShortAnswerIsAcceptedAndAnEmptyOneIsRefusedInTheReportersLanguage() {
		WebSession phone = session();
		String receipt = sendATip(phone);
		Page thread = phone.post("/r", Map.of("receipt", receipt));
		assertThat(thread.body()).contains("Một vài chữ là đủ").doesNotContain("minlength");

		Page shortAnswer = phone.post("/r/reply", Map.of("receipt", receipt, "text", "Đúng ạ"));
		assertThat(shortAnswer.status()).isEqualTo(200);
		assertThat(shortAnswer.body()).contains("Đã gửi.", "Đúng ạ");

		Page empty = phone.post("/r/reply", Map.of("receipt", receipt, "text", "   ", "lang", "en"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Write at least one word.");
		assertThat(messagesOfTheNewestReport()).isEqualTo(1);
	}

	@Test
	void theFeedbackFormAndItsPosterAskForFeedbackNotForVehicles() {
		Page feedback = session().get("/q/" + qrCode("Ka Lăng", "FEEDBACK"));
		Page tip = session().get("/q/" + qrCode("Ka Lăng", "CRIME_TIP"));

		assertThat(feedback.body()).contains("Bạn muốn góp ý điều gì?", "Viết điều bạn muốn chỉ huy biết")
			.doesNotContain("phương tiện gì")
			.doesNotContain("Chuyện gì đã xảy ra?");
		assertThat(tip.body()).contains("Chuyện gì đã xảy ra?", "phương tiện gì");
	}

	@Test
	void theThreadShowsTheDayOfEachMessageAndStoresNoFinerTimeThanTheHour() {
		WebSession phone = session();
		String receipt = sendATip(phone);
		phone.post("/r/reply", Map.of("receipt", receipt, "text", "Có"));

		Page thread = phone.post("/r", Map.of("receipt", receipt));

		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(thread.body()).contains("<time datetime=\"" + today + "\"")
			.containsPattern("<time[^>]*>\\d{2}/\\d{2}/\\d{4}</time>")
			.doesNotContainPattern("<time[^>]*>[^<]*:[^<]*</time>");
		assertThat(this.jdbc.sql("select count(*) from report_message where sent_hour <> date_trunc('hour', sent_hour)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theShortFieldsOfTheFormAreNotAutofilled() {
		String form = session().get("/q/" + qrCode("Ka Lăng", "CRIME_TIP")).body();

		Matcher inputs = Pattern.compile("<input id=\"(when|where|x_[^\"]*)\"[^>]*>").matcher(form);
		int seen = 0;
		while (inputs.find()) {
			seen++;
			assertThat(inputs.group()).contains("autocomplete=\"off\"");
		}
		assertThat(seen).isPositive();
	}

	/** Sends a tip from this phone and returns its receipt. */
	private String sendATip(WebSession phone) {
		String code = qrCode("Ka Lăng", "CRIME_TIP");
		String token = token(phone.get("/q/" + code).body());
		Page sent = phone.post("/q/" + code,
				Map.of("token", token, "category", "DRUGS", "text", "Người lạ mang hàng qua suối " + unique()));
		assertThat(sent.status()).isEqualTo(200);
		return receipt(sent);
	}

	private long messagesOfTheNewestReport() {
		// the newest report is this test's (each test sends its own)
		return this.jdbc.sql("select count(*) from report_message where report_id = (select max(id) from report)")
			.query(Long.class)
			.single();
	}

}
