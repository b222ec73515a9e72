package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.SoftAssertions;
import org.causo.library.Guides;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.causo.support.Totp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guides on a 360 px phone, with JavaScript on and off: the list, a guide with its
 * pictures, a guide read in English where a step falls back to Vietnamese, nothing wider
 * than the screen, no serious accessibility violation; and an editor writing and
 * publishing a guide in Chromium.
 */
class GuidesBrowserTests extends IntegrationTest {

	@Autowired
	Guides guides;

	@Test
	void aResidentReadsAGuideOnAPhoneWithAndWithoutJavaScript() {
		String partial = partlyTranslated();
		SoftAssertions softly = new SoftAssertions();
		for (boolean javaScript : new boolean[] { true, false }) {
			try (BrowserContext context = Browser.phone(javaScript)) {
				Page page = context.newPage();
				String suffix = javaScript ? "" : "-nojs";
				page.navigate(baseUrl() + "/guides");
				check(page, "guide-01-list" + suffix, softly);
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhận biết cuộc gọi lừa đảo"))
					.click();
				assertThat(page.locator("h1")).hasText("Nhận biết cuộc gọi lừa đảo");
				assertThat(page.locator("ol.guide-steps > li")).hasCount(4);
				page.locator("#step-4 img").scrollIntoViewIfNeeded();
				assertThat(page.locator("#step-4 img")).isVisible();
				check(page, "guide-02-page" + suffix, softly);
				page.navigate(baseUrl() + "/guides/" + partial + "?lang=en");
				assertThat(page.locator("main .notice")).containsText("not fully written in your language");
				assertThat(page.locator("#step-2 p")).hasAttribute("lang", "vi");
				check(page, "guide-03-fallback" + suffix, softly);
			}
		}
		softly.assertAll();
	}

	@Test
	void aCommanderWritesAndPublishesAGuideInTheBrowser() {
		String slug = "g-" + unique();
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			logIn(page, "kalang.commander");
			page.navigate(baseUrl() + "/admin/guides");
			page.getByLabel("Tiêu đề (tiếng Việt)").fill("Gọi video cho con");
			page.getByLabel("Địa chỉ").fill(slug);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo")).click();
			assertThat(page.locator("h1")).hasText("Gọi video cho con");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm bước")).click();
			page.locator("#picture-1")
				.setInputFiles(new FilePayload("buoc1.png", "image/png", TestImages.plain("png")));
			page.locator("#step-1 form").first().locator("button[type=submit]").click();
			assertThat(page.locator("#step-1 img")).isVisible();
			page.locator("#text-1").fill("Mở Zalo và chọn tên con. Bấm nút máy quay để gọi video.");
			page.locator("#step-1")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Lưu"))
				.click();
			// the browser can record: the button shows where JavaScript runs
			assertThat(page.locator("#step-1 [data-record]")).isVisible();
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xuất bản")).click();
			assertThat(page.locator("main")).containsText("Đã xuất bản, phiên bản 1.");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem trang công khai")).click();
			assertThat(page.locator("#step-1 p")).hasText("Mở Zalo và chọn tên con. Bấm nút máy quay để gọi video.");
			Browser.screenshot(page, "guide-04-written");
		}
	}

	/** A published guide whose second step has no English words. */
	private String partlyTranslated() {
		String slug = "g-" + unique();
		long id = this.guides.create(slug, "Hướng dẫn dịch dở");
		this.guides.setTitle(id, "en", "A half-translated guide");
		this.guides.addStep(id);
		this.guides.addStep(id);
		this.guides.setText(id, 1, "vi", "Bước một.");
		this.guides.setText(id, 1, "en", "Step one.");
		this.guides.setText(id, 2, "vi", "Bước hai chưa dịch.");
		this.guides.publish(id);
		return slug;
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

	private static void check(Page page, String name, SoftAssertions softly) {
		Browser.screenshot(page, name);
		softly.assertThat(Browser.seriousViolations(page)).as(name + ": accessibility").isEmpty();
		Object width = page.evaluate("document.documentElement.scrollWidth");
		softly.assertThat(((Number) width).intValue()).as(name + ": page width").isLessThanOrEqualTo(360);
	}

}
