package org.causo.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form behind a QR code, as a reporter's phone sees it: its languages, its errors,
 * the page for a code that no longer works, and its weight.
 */
class MailboxPublicFormBrowserTests extends IntegrationTest {

	@Test
	void theFormInEnglishKeepsItsLanguageThroughTheSubmissionWithoutACookieAndShowsTheErrorNextToTheField() {
		String code = point("Ka Lăng", "CRIME_TIP");
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/q/" + code + "?lang=en");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			assertThat(page.locator("h1").textContent()).isEqualTo("Crime tip mailbox");
			assertThat(page.locator("input[type=hidden][name=lang]").inputValue()).isEqualTo("en");
			MailboxPages.check(page, false, "public-form-en");

			page.getByLabel("Drugs").check();
			// long enough for the browser's minlength, too short once the server strips
			// the spaces
			page.getByLabel("What happened?").fill("    heroin    ");
			Response rejected = page.waitForResponse((r) -> r.request().method().equals("POST"),
					() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click());
			assertThat(rejected.status()).isEqualTo(400);
			assertThat(page.url()).doesNotContain("lang=");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			assertThat(page.locator("h1").textContent()).isEqualTo("Crime tip mailbox");
			assertThat(page.locator("#text ~ #text-error").textContent().strip())
				.isEqualTo("Please write at least 10 characters.");
			assertThat(page.locator("#text").getAttribute("aria-describedby")).contains("text-error");
			assertThat(page.locator("#text").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(page.getByLabel("Drugs").isChecked()).isTrue();
			MailboxPages.check(page, false, "public-form-en-error");
			assertThat(context.cookies()).isEmpty();

			page.getByLabel("What happened?").fill("A truck crosses the stream at night with heroin");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Your message was received");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the answers with the receipt"))
				.click();
			assertThat(page.locator("h1").textContent()).isEqualTo("Read the answers");
			assertThat(context.cookies()).isEmpty();
		}
	}

	@Test
	void theReceiptStaysOnScreenWhenTheReporterSwitchesLanguageOnTheReceiptPage() {
		String code = point("Ka Lăng", "CRIME_TIP");
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/q/" + code);
			page.getByLabel("Ma tuý").check();
			page.getByLabel("Chuyện gì đã xảy ra?").fill("Có người bán ma tuý ở cổng chợ phiên sáng chủ nhật");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi tin")).click();
			String receipt = page.locator("#receipt").textContent().strip();

			page.locator("nav.lang")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Français"))
				.click();

			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
			assertThat(page.locator("#receipt").textContent().strip()).isEqualTo(receipt);
			assertThat(page.url()).doesNotContain(receipt.replace(" ", "")).doesNotContain("lang=");
			MailboxPages.check(page, false, "receipt-fr");
			assertThat(context.cookies()).isEmpty();
		}
	}

	@Test
	void theFeedbackFormAsksForFeedbackNotForVehiclesAndDeclaresAnIcon() {
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/q/" + point("Ka Lăng", "FEEDBACK"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Hộp thư góp ý");
			assertThat(page.locator("label[for=text]").textContent()).isEqualTo("Bạn muốn góp ý điều gì?");
			assertThat(page.locator("#text-help").textContent()).startsWith("Viết điều bạn muốn chỉ huy biết")
				.doesNotContain("phương tiện");
			assertThat(page.locator("link[rel=icon]").getAttribute("href")).startsWith("/assets/icon");
			MailboxPages.check(page, false, "public-form-feedback");
		}
	}

	@Test
	void aRetiredCodeShowsAPolitePageInVietnameseWith410AndAnUnknownOneWith404() {
		String code = "RETIRED" + unique().toUpperCase().replaceAll("[^A-Z2-9]", "Z").substring(0, 5);
		this.jdbc.sql("""
				insert into qr_point (code, mailbox_id, name, status)
				select :code, m.id, 'Cổng chợ cũ', 'RETIRED' from mailbox m join border_post p on p.id = m.post_id
				where p.name = 'Huổi Luông' and m.kind = 'CRIME_TIP'
				""").param("code", code).update();
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			Response retired = page.navigate(baseUrl() + "/q/" + code);
			assertThat(retired.status()).isEqualTo(410);
			assertThat(page.locator("h1").textContent()).isEqualTo("Hộp thư này đã đóng");
			assertThat(page.locator("main").textContent()).contains("Mã QR này không còn được dùng");
			MailboxPages.check(page, false, "closed-retired");

			Response unknown = page.navigate(baseUrl() + "/q/NOSUCH99");
			assertThat(unknown.status()).isEqualTo(404);
			assertThat(page.locator("h1").textContent()).isEqualTo("Không tìm thấy hộp thư");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
			MailboxPages.check(page, false, "closed-unknown");
			assertThat(context.cookies()).isEmpty();
		}
	}

	@Test
	void theFormWeighsAtMost14KilobytesCompressedAndLoadsOneStylesheetAndNoScript() throws Exception {
		String code = point("Ka Lăng", "CRIME_TIP");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/" + code))
				.header("Accept-Encoding", "gzip")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.body().length).isLessThanOrEqualTo(14 * 1024);

		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			List<Request> requests = new ArrayList<>();
			page.onRequest(requests::add);
			page.navigate(baseUrl() + "/q/" + code);
			page.waitForLoadState();
			assertThat(requests).allSatisfy((r) -> assertThat(r.url()).startsWith(baseUrl()));
			assertThat(requests).filteredOn((r) -> r.resourceType().equals("stylesheet")).hasSize(1);
			assertThat(requests).as("only the deferred photo enhancement")
				.filteredOn((r) -> r.resourceType().equals("script"))
				.extracting(Request::url)
				.singleElement()
				.asString()
				.contains("/assets/js/photo");
			assertThat(requests).extracting(Request::resourceType).containsOnly("document", "stylesheet", "script");
		}
	}

	private String point(String post, String kind) {
		return qrCode(post, kind);
	}

}
