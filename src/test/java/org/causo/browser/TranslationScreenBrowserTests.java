package org.causo.browser;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The languages page and the translation screen in Chromium: an admin adds a language,
 * finds a text, is told when a translation drops a placeholder, and saves it; both pages
 * pass axe-core.
 */
class TranslationScreenBrowserTests extends IntegrationTest {

	@Test
	void anAdminAddsALanguageAndTranslatesAPublicTextOnAnAccessibleScreen() {
		String code = "hmn-" + UUID.randomUUID().toString().substring(0, 8);
		try (BrowserContext context = Browser.phone(false)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("admin"));
			page.navigate(baseUrl() + "/admin/languages");
			assertThat(page.locator("#language-hmn")).containsText("Hmoob");
			Browser.assertAccessible(page);
			page.getByLabel("Mã ngôn ngữ (BCP 47)").fill(code);
			page.getByLabel("Tên bằng chính ngôn ngữ đó").fill("Hmoob Dawb");
			page.getByLabel("Tên bằng tiếng Việt").fill("Tiếng Mông Trắng");
			button(page, "Thêm ngôn ngữ").click();
			assertThat(page.locator("#language-" + code)).containsText("Tiếng Mông Trắng");
			assertThat(page.locator("#language-" + code)).containsText("Chưa đủ bản dịch");

			page.locator("#language-" + code)
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dịch"))
				.click();
			assertThat(page.locator("h1")).hasText("Bản dịch: Tiếng Mông Trắng");
			Browser.assertAccessible(page);
			page.getByLabel("Tìm theo mã hoặc câu chữ").fill("law.search.found");
			page.getByLabel("Chỉ những câu chưa dịch").check();
			button(page, "Lọc").click();
			Locator row = page.locator("#t-law-search-found");
			assertThat(row).containsText("Chưa dịch");
			row.getByLabel("Bản dịch sang Tiếng Mông Trắng").fill("Pom tau");
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu bản dịch")).click();
			assertThat(page.locator(".form-errors")).containsText("phải giữ đúng các chỗ trống");
			Browser.assertAccessible(page);

			row = page.locator("#t-law-search-found");
			row.getByLabel("Bản dịch sang Tiếng Mông Trắng").fill("Pom {0} hauv {1}");
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu bản dịch")).click();
			assertThat(page.locator("h1")).hasText("Bản dịch: Tiếng Mông Trắng");
			assertThat(page.locator("main")).containsText("Không có câu nào khớp.");
			page.navigate(baseUrl() + "/admin/languages/" + code + "/texts?q=law.search.found");
			assertThat(page.locator("#t-law-search-found textarea")).hasValue("Pom {0} hauv {1}");
			Browser.assertAccessible(page);
		}
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
