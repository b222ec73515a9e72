package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors are pages in the officer's language that say what happened and lead home; they
 * never show how the server works inside.
 */
class ErrorPagesBrowserTests extends IntegrationTest {

	@Test
	void anOfficerOpeningAUnitThatDoesNotExistSeesTheNotFoundPageInVietnamese() {
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.officer"));
			Response response = page.navigate(baseUrl() + "/units/999999999");
			assertThat(response.status()).isEqualTo(404);
			assertThat(page).hasTitle("Không tìm thấy trang");
			assertThat(page.locator("h1")).hasText("Không tìm thấy trang");
			assertThat(page.locator("main"))
				.containsText("Trang hoặc mục bạn tìm không tồn tại, hoặc nằm ngoài phạm vi của bạn.");
			assertThat(page.locator("main").getByRole(AriaRole.LINK)).hasText("Về trang chủ");
			assertNoInnards(page);
			Browser.assertAccessible(page);
		}
	}

	@Test
	void aPostOfficerOpeningOfficerAccountsSeesTheForbiddenPageInVietnamese() {
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("huoiluong.officer"));
			Response response = page.navigate(baseUrl() + "/admin/officers");
			assertThat(response.status()).isEqualTo(403);
			assertThat(page).hasTitle("Không có quyền truy cập");
			assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
			assertThat(page.locator("main")).containsText("Bạn không có quyền mở trang này.");
			assertNoInnards(page);
			Browser.assertAccessible(page);
		}
	}

	private static void assertNoInnards(Page page) {
		String html = page.content();
		assertThat(html).doesNotContainIgnoringCase("exception")
			.doesNotContainIgnoringCase("whitelabel")
			.doesNotContain("org.causo")
			.doesNotContain("org.springframework")
			.doesNotContain("at java.")
			.doesNotContainIgnoringCase("stack");
	}

}
