package org.causo.browser;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.ApiClient;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer on a phone finds a resident by typing the name without diacritics, opens the
 * household, records a survey and sees it as the latest.
 */
class RegistryBrowserTests extends IntegrationTest {

	@Test
	void anOfficerFindsAResidentRecordsASurveyAndSeesIt() {
		String tag = unique().replaceAll("[0-9]", "m");
		ApiClient api = api("kalang.officer");
		String code = "KL-" + unique();
		long household = api.post("/api/households", Map.of("code", code, "hamletId", unitIdByName("Bản Pa Thắng")))
			.json()
			.get("id")
			.asLong();
		api.post("/api/residents",
				Map.of("householdId", household, "fullName", "Giàng A Lử " + tag, "sex", "MALE", "relation", "HEAD"));
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.officer"));
			page.locator("details.menu > summary").click();
			page.locator("nav.main-nav")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hộ dân"))
				.click();
			assertThat(page.locator("h1")).hasText("Hộ dân");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhân khẩu").setExact(true)).click();
			page.getByLabel("Tìm theo họ tên hoặc số điện thoại").pressSequentially("giang a lu " + tag);
			Locator rows = page.locator("#results tbody tr");
			assertThat(rows).hasCount(1);
			assertThat(rows.first()).containsText("Giàng A Lử " + tag);
			Browser.assertAccessible(page);
			shot(page, "residents-search");

			rows.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(code)).click();
			assertThat(page.locator("h1")).hasText("Hộ " + code);
			assertThat(page.locator("#latest-survey")).containsText("Chưa có phiếu khảo sát.");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ghi phiếu khảo sát")).click();
			assertThat(page.locator("h1")).hasText("Khảo sát hộ " + code);
			Browser.assertAccessible(page);
			page.getByLabel("Số điện thoại thông minh").fill("1");
			page.getByLabel("Giàng A Lử " + tag).first().check();
			page.getByLabel("Viettel", new Page.GetByLabelOptions().setExact(true)).selectOption("G3");
			page.getByLabel("Số vạch sóng Viettel (0–4)").fill("2");
			page.getByLabel("Khó khăn chính").selectOption("COST");
			shot(page, "survey-form");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu phiếu khảo sát")).click();

			assertThat(page.locator("h1")).hasText("Hộ " + code);
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu.");
			assertThat(page.locator("#latest-survey")).containsText("3G, 2 vạch");
			assertThat(page.locator("#latest-survey")).containsText("Giá thành");
			Browser.assertAccessible(page);
			shot(page, "household");
			assertNoHorizontalScroll(page);
		}
	}

	private static void assertNoHorizontalScroll(Page page) {
		Object wide = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
		org.assertj.core.api.Assertions.assertThat(wide).isEqualTo(false);
	}

	private static void shot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "registry-" + name + ".png"))
					.setFullPage(true));
	}

}
