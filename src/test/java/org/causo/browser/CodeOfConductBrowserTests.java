package org.causo.browser;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.SoftAssertions;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code of conduct on a 360 px phone: a soldier without an account reads it, with
 * JavaScript on and off; a support-team member reads it and marks it read, and the
 * commander's list of those who have not read it changes.
 */
class CodeOfConductBrowserTests extends IntegrationTest {

	private static final String MEMBER = "Tổ viên hỗ trợ Ka Lăng";

	@Test
	void aSoldierReadsTheCodeOnAPhoneWithOrWithoutJavaScript() {
		SoftAssertions softly = new SoftAssertions();
		for (boolean javaScript : new boolean[] { true, false }) {
			try (BrowserContext context = Browser.phone(javaScript)) {
				Page page = context.newPage();
				String suffix = javaScript ? "" : "-nojs";
				page.navigate(baseUrl() + "/conduct");
				assertThat(page.locator("main h1")).isVisible();
				page.locator("nav[aria-labelledby=toc] a").nth(1).click();
				assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/conduct#muc-2$"));
				check(page, "conduct-01-reading" + suffix, softly);
				softly.assertThat(context.cookies()).as("cookies" + suffix).isEmpty();
			}
		}
		softly.assertAll();
	}

	@Test
	void anOfficerMarksTheCodeReadAndTheCommandersListChanges() {
		int version = publishNewVersion();
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext commanderPhone = Browser.phone(true); BrowserContext memberPhone = Browser.phone(true)) {
			Page commander = UiLogin.logIn(commanderPhone.newPage(), baseUrl(), this.clock,
					this.demo.get("kalang.commander"));
			commander.navigate(baseUrl() + "/conduct/readers");
			assertThat(commander.locator("#unread-list")).containsText(MEMBER);
			check(commander, "conduct-02-readers", softly);

			Page member = UiLogin.logIn(memberPhone.newPage(), baseUrl(), this.clock, this.demo.get("kalang.member"));
			assertThat(member.locator("#conduct-card")).containsText("Bạn chưa đọc phiên bản hiện hành");
			member.locator("#conduct-card").click();
			check(member, "conduct-03-to-mark", softly);
			member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tôi đã đọc phiên bản này")).click();
			assertThat(member.locator("main")).containsText("Đã ghi nhận: bạn đã đọc phiên bản " + version);
			assertThat(member.locator("main")).containsText("Bạn đã xác nhận đọc phiên bản " + version);

			commander.reload();
			assertThat(commander.locator("main")).not().containsText(MEMBER);
		}
		softly.assertAll();
	}

	@Test
	void anAdministratorPreviewsAndPublishesAVersionOnThePages() {
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("admin"));
			page.navigate(baseUrl() + "/admin/conduct/import");
			page.locator("#content")
				.fill("QUY TẮC " + unique() + "\n1. Với Nhân dân\nTôn trọng.\n2. Với đồng đội\nĐoàn kết.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
			assertThat(page.locator("#preview")).hasText("Tìm được 2 mục");
			assertThat(page.locator("main")).containsText("2. Với đồng đội");
			check(page, "conduct-04-preview", softly);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và ban hành")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/conduct/v/\\d+\\?saved$"));
			assertThat(page.locator("main .notice").first()).containsText("Đã ban hành phiên bản");
		}
		softly.assertAll();
	}

	/** A new version, published as an administrator through the import page. */
	private int publishNewVersion() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/conduct/import");
		WebSession.Page saved = admin.post("/admin/conduct/import", Map.of("title", "", "content",
				"QUY TẮC " + unique() + "\nĐiều 1. Một\nMột.\nĐiều 2. Hai\nHai.", "formatName", "TEXT", "save", ""));
		assertThat(saved.status()).isEqualTo(302);
		return Integer.parseInt(saved.location().replaceAll(".*/conduct/v/(\\d+)\\?saved", "$1"));
	}

	private static void check(Page page, String name, SoftAssertions softly) {
		Browser.screenshot(page, name);
		softly.assertThat(Browser.seriousViolations(page)).as(name + ": accessibility").isEmpty();
		Object width = page.evaluate("document.documentElement.scrollWidth");
		softly.assertThat(((Number) width).intValue()).as(name + ": page width").isLessThanOrEqualTo(360);
	}

}
