package org.causo.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.Totp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter with JavaScript off sends a tip from a phone, keeps the receipt, and talks
 * with an officer through it; the officer reads and triages the report in the inbox.
 */
class MailboxThreadBrowserTests extends IntegrationTest {

	private static final Pattern RECEIPT = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4}");

	@Test
	void aReporterWithoutJavaScriptSendsATipKeepsTheReceiptAndAnswersTheOfficersQuestionWithoutEverGettingACookie() {
		String code = crimeTipPoint("Ka Lăng");
		try (BrowserContext reporter = Browser.phone(false); BrowserContext officer = Browser.phone(true)) {
			Page phone = reporter.newPage();
			phone.navigate(baseUrl() + "/q/" + code);
			assertThat(phone.locator("h1").textContent()).isEqualTo("Hộp thư tố giác tội phạm");
			MailboxPages.check(phone, false, "public-form-vi");
			assertThat(reporter.cookies()).as("cookies after the form").isEmpty();

			phone.getByLabel("Buôn lậu").check();
			phone.getByLabel("Chuyện gì đã xảy ra?")
				.fill("Hai người đàn ông chở thuốc lá lậu qua suối bằng xe máy không biển số");
			phone.getByLabel("Ở đâu? (không bắt buộc)").fill("Bến suối gần bản Pa Thắng");
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tin")).click();

			assertThat(phone.locator("h1").textContent()).isEqualTo("Đã nhận tin của bạn");
			String receipt = phone.locator("#receipt").textContent().strip();
			assertThat(receipt).matches(RECEIPT);
			MailboxPages.check(phone, false, "receipt");
			assertThat(reporter.cookies()).as("cookies after submission").isEmpty();
			long reportId = this.jdbc.sql("select max(id) from report").query(Long.class).single();

			Page desk = officer.newPage();
			logIn(desk, "kalang.officer");
			desk.navigate(baseUrl() + "/mailboxes");
			desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(crimeTipMailboxName("Ka Lăng"))).click();
			MailboxPages.check(desk, true, "inbox");
			desk.locator("a[href='/reports/" + reportId + "']").click();
			assertThat(desk.locator("main")).satisfies(
					(main) -> assertThat(main.textContent()).contains("Hai người đàn ông chở thuốc lá lậu qua suối")
						.contains("Bến suối gần bản Pa Thắng"));
			desk.getByLabel("Hỏi thêm người báo tin").fill("Hàng giấu ở đâu?");
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi câu hỏi")).click();
			desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu xem xét")).click();
			assertThat(status(desk)).isEqualTo("Đang xem xét");
			MailboxPages.check(desk, true, "report");

			phone.navigate(baseUrl() + "/r");
			MailboxPages.check(phone, false, "receipt-entry");
			phone.getByLabel("Mã biên nhận (16 chữ số)").fill(receipt);
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở")).click();
			assertThat(phone.locator("ol.thread li.officer").textContent()).contains("Hàng giấu ở đâu?");
			assertThat(phone.locator("dl.facts dd").first().textContent()).isEqualTo("Đang xem xét");
			MailboxPages.check(phone, false, "thread");
			phone.getByLabel("Trả lời hoặc bổ sung thông tin").fill("Trong kho sau nhà văn hoá bản");
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
			assertThat(phone.getByRole(AriaRole.STATUS).textContent()).isEqualTo("Đã gửi.");
			assertThat(phone.locator("ol.thread li.reporter").textContent()).contains("Trong kho sau nhà văn hoá bản");
			MailboxPages.check(phone, false, "thread-replied");
			assertThat(reporter.cookies()).as("cookies after the thread").isEmpty();

			desk.reload();
			assertThat(desk.locator("ol.thread li.reporter").textContent()).contains("Trong kho sau nhà văn hoá bản");
			assertThat(Browser.seriousViolations(desk)).isEmpty();
		}
	}

	@Test
	void aReporterWithJavaScriptCorrectsAWrongReceiptSwitchesLanguageInTheThreadAndAnswersBriefly() {
		reporterSwitchesLanguageInTheThread(true);
	}

	@Test
	void aReporterWithoutJavaScriptCorrectsAWrongReceiptSwitchesLanguageInTheThreadAndAnswersBriefly() {
		reporterSwitchesLanguageInTheThread(false);
	}

	private void reporterSwitchesLanguageInTheThread(boolean javaScript) {
		String code = crimeTipPoint("Ka Lăng");
		try (BrowserContext reporter = Browser.phone(javaScript)) {
			Page phone = reporter.newPage();
			phone.navigate(baseUrl() + "/q/" + code);
			phone.getByLabel("Buôn lậu").check();
			phone.getByLabel("Chuyện gì đã xảy ra?").fill("Xe tải chở đường lậu qua lối mòn sau đồn lúc 3 giờ sáng");
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tin")).click();
			String receipt = phone.locator("#receipt").textContent().strip();

			// one digit wrong: the digits stay in the field to be corrected
			String wrong = receipt.substring(0, receipt.length() - 1)
					+ ((receipt.charAt(receipt.length() - 1) == '0') ? "1" : "0");
			phone.navigate(baseUrl() + "/r");
			phone.getByLabel("Mã biên nhận (16 chữ số)").fill(wrong);
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở")).click();
			assertThat(phone.locator(".form-errors").textContent()).contains("Hãy kiểm tra lại từng chữ số");
			assertThat(phone.getByLabel("Mã biên nhận (16 chữ số)").inputValue()).isEqualTo(wrong);
			phone.getByLabel("Mã biên nhận (16 chữ số)").fill(receipt);
			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở")).click();
			assertThat(phone.locator("h1").textContent()).isEqualTo("Tin của bạn");

			phone.getByLabel("Trả lời hoặc bổ sung thông tin").fill("Đúng ạ");
			phone.locator("nav.lang")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("English"))
				.click();
			assertThat(phone.locator("html").getAttribute("lang")).isEqualTo("en");
			assertThat(phone.locator("h1").textContent()).isEqualTo("Your message");
			assertThat(phone.getByLabel("Answer or add information").inputValue()).isEqualTo("Đúng ạ");
			assertThat(phone.url()).doesNotContain(receipt.replace(" ", "")).doesNotContain("lang=");

			phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
			assertThat(phone.getByRole(AriaRole.STATUS).textContent()).isEqualTo("Sent.");
			assertThat(phone.locator("ol.thread li.reporter").textContent()).contains("Đúng ạ");
			assertThat(phone.locator("ol.thread li.reporter time").textContent()).matches("\\d{2}/\\d{2}/\\d{4}");
			MailboxPages.check(phone, javaScript, "thread-en-" + (javaScript ? "js" : "nojs"));
			assertThat(reporter.cookies()).isEmpty();
		}
	}

	private void logIn(Page page, String username) {
		var account = this.demo.get(username);
		page.navigate(baseUrl() + "/login");
		page.getByLabel("Tên đăng nhập").fill(account.username());
		page.getByLabel("Mật khẩu").fill(account.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		page.getByLabel("Mã 6 chữ số").fill(Totp.freshCode(this.clock, account.totpSecret()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận")).click();
		assertThat(page.url()).isEqualTo(baseUrl() + "/");
	}

	private static String status(Page report) {
		return report.locator("dl.facts dt:text-is('Tình trạng') + dd").textContent();
	}

	private String crimeTipPoint(String post) {
		return this.jdbc.sql("""
				select q.code from qr_point q join mailbox m on m.id = q.mailbox_id
				join border_post p on p.id = m.post_id
				where p.name = :post and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
				""").param("post", post).query(String.class).single();
	}

	private String crimeTipMailboxName(String post) {
		return this.jdbc.sql("""
				select m.name from mailbox m join border_post p on p.id = m.post_id
				where p.name = :post and m.kind = 'CRIME_TIP'
				""").param("post", post).query(String.class).single();
	}

}
