package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The accessibility check itself: it must be able to fail, or it proves nothing. */
class AccessibilityBrowserTests extends IntegrationTest {

	private static final String BROKEN = """
			<!DOCTYPE html>
			<html lang="vi"><head><title>Trang hỏng</title></head>
			<body><main><h1>Trang hỏng</h1>
			<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
			<input type="text" name="q">
			</main></body></html>
			""";

	@Test
	void theAccessibilityCheckCatchesAnImageWithoutTextAndAFieldWithoutLabel() {
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.setContent(BROKEN);
			assertThat(Browser.seriousViolations(page)).anySatisfy((v) -> assertThat(v).contains("image-alt"))
				.anySatisfy((v) -> assertThat(v).contains("label"));
			assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Browser.assertAccessible(page));
		}
	}

	@Test
	void theAccessibilityCheckAlsoCatchesThemOnAPageWithJavaScriptOff() {
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			String url = baseUrl() + "/broken-page-for-the-check";
			page.route(url,
					(Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
						.setContentType("text/html;charset=UTF-8")
						.setBody(BROKEN)));
			page.navigate(url);
			assertThat(Browser.seriousViolations(page)).anySatisfy((v) -> assertThat(v).contains("image-alt"))
				.anySatisfy((v) -> assertThat(v).contains("label"));
		}
	}

}
