package org.causo.browser;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.causo.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** What the mailbox browser tests do on every page they open. */
final class MailboxPages {

	private MailboxPages() {
	}

	/**
	 * Asserts axe-core finds no serious violation and saves a phone-sized screenshot (and
	 * a full-page one) under {@code target/screenshots/}.
	 * <p>
	 * axe-core runs in the page, which a context without JavaScript cannot do (the call
	 * never returns), so a page seen without JavaScript is audited as a twin: the same
	 * HTML served at the same address in a context with JavaScript.
	 */
	static void check(Page page, boolean javaScript, String name) {
		List<String> violations = javaScript ? Browser.seriousViolations(page) : violationsOfTwin(page);
		assertThat(violations).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", name + "-full.png")));
	}

	private static List<String> violationsOfTwin(Page page) {
		String html = page.content();
		String url = page.url();
		try (BrowserContext context = Browser.phone(true)) {
			Page twin = context.newPage();
			twin.route(url::equals,
					(Route route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
						.setContentType("text/html; charset=utf-8")
						.setBody(html)));
			twin.navigate(url);
			return Browser.seriousViolations(twin);
		}
	}

}
