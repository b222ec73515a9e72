package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline reader in Chromium: a law page read once opens again without network, a
 * page never read shows the offline page in the reader's language instead of the
 * browser's error, and the mailbox is never under the worker.
 */
class OfflineReadingBrowserTests extends IntegrationTest {

	@Test
	void anArticleReadOnceOpensAgainOffline() {
		long laiChau = idOf("1670/NQ-UBTVQH15");
		long party = idOf("60-NQ/TW");
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/law/" + laiChau);
			waitForTheReader(page);
			// the first visit installs the worker; the second is the one it keeps
			page.reload();
			assertThat(page.locator("#dieu-1 h3")).containsText("Lai Châu");
			waitForKept(page, "/law/" + laiChau);

			context.setOffline(true);
			page.reload();
			assertThat(page.locator("#dieu-1 h3"))
				.hasText("Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu");
			assertThat(page.locator("link[rel=stylesheet]")).hasCount(1);
			Browser.screenshot(page, "offline-01-article");

			page.navigate(baseUrl() + "/law/" + party);
			assertThat(page.locator("h1")).hasText("Không có mạng");
			assertThat(page.locator("main a")).hasAttribute("href", "/law");
			Browser.screenshot(page, "offline-02-never-read");
			context.setOffline(false);
		}
	}

	@Test
	void aGuideReadOnceOpensAgainOfflineWithItsFirstPicture() {
		String guide = "/guides/cai-dat-vneid";
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + guide);
			waitForTheReader(page);
			page.reload();
			String title = page.locator("h1").textContent();
			assertThat(title).isNotBlank();
			waitForKept(page, guide);
			// the first step's picture, fetched under the worker, is kept cache-first
			page.waitForFunction("caches.open('reading-media-v1').then(c => c.keys())"
					+ ".then(k => k.some(r => r.url.includes('/guides/media/')))");

			context.setOffline(true);
			page.reload();
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator(".guide-steps li")).not().hasCount(0);
			page.waitForFunction("(() => { const i = document.querySelector('.guide-steps img');"
					+ " return i && i.complete && i.naturalWidth > 0; })()");
			Browser.screenshot(page, "offline-03-guide");
			context.setOffline(false);
		}
	}

	@Test
	void theOfflinePageSpeaksTheReadersLanguage() {
		long laiChau = idOf("1670/NQ-UBTVQH15");
		try (BrowserContext context = Browser.phone(true, "en-GB")) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/law/" + laiChau);
			waitForTheReader(page);
			page.reload();
			waitForKept(page, "/law/" + laiChau);
			context.setOffline(true);
			page.navigate(baseUrl() + "/law/" + idOf("60-NQ/TW"));
			assertThat(page.locator("h1")).hasText("No network");
			context.setOffline(false);
		}
	}

	@Test
	void theMailboxIsNeverUnderTheReader() {
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/law");
			waitForTheReader(page);
			Object scopes = page.evaluate(
					"navigator.serviceWorker.getRegistrations().then(rs => rs.map(r => new URL(r.scope).pathname).sort())");
			assertThat(scopes).asString().isEqualTo("[/guides, /law]");
			page.navigate(baseUrl() + "/q/" + qrCode("Ka Lăng", "CRIME_TIP"));
			assertThat(page.evaluate("navigator.serviceWorker.controller === null")).isEqualTo(true);
			assertThat(page.locator("script[src*=offline-reading]")).hasCount(0);
		}
	}

	/** Until the worker controls the page (it claims the pages once active). */
	private static void waitForTheReader(Page page) {
		page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
	}

	/** Until the page just read is in the worker's cache (kept after it was shown). */
	private static void waitForKept(Page page, String path) {
		page.waitForFunction("p => caches.open('reading-pages-v1').then(c => c.match(p)).then(r => !!r)"
				+ " .then(ok => ok && caches.open('reading-files-v1').then(c => c.keys()).then(k => k.some(r => r.url.includes('/law/offline?lang='))))",
				path);
	}

	private long idOf(String number) {
		return this.jdbc.sql("select id from law_document where number = :n")
			.param("n", number)
			.query(Long.class)
			.single();
	}

}
