package org.causo.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.causo.support.ApiClient;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer on a phone opens a class, enrols a registered resident found by a name typed
 * without diacritics, registers two walk-ins (one in a new household, one in an existing
 * one) and marks the class's skills reached for all.
 */
class TrainingClassBrowserTests extends IntegrationTest {

	@Test
	void aClassWithAttendanceAndWalkIns() {
		ApiClient api = api("kalang.officer");
		String tag = unique().replaceAll("[0-9]", "k");
		String title = "Cài VNeID tại bản " + tag;
		api.post("/api/training/classes",
				Map.of("title", title, "organiser", "TELECOM", "organiserName", "Viettel Lai Châu", "hamletId",
						unitIdByName("Bản Ka Lăng"), "startsAt", LocalDate.now(this.clock).minusDays(1) + "T08:00:00",
						"capacity", 3, "skills", List.of("VNEID_INSTALLED", "ZALO")));
		String code = "KL-" + unique();
		long household = api.post("/api/households", Map.of("code", code, "hamletId", unitIdByName("Bản Ka Lăng")))
			.json()
			.get("id")
			.asLong();
		api.post("/api/residents",
				Map.of("householdId", household, "fullName", "Lò Văn Sướng " + tag, "sex", "MALE", "relation", "HEAD"));
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.officer"));
			page.locator("details.menu > summary").click();
			page.locator("nav.main-nav")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lớp học"))
				.click();
			assertThat(page.locator("h1")).hasText("Lớp học kỹ năng số");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("h1")).hasText(title);
			Browser.assertAccessible(page);

			page.getByLabel("Tìm theo họ tên hoặc số điện thoại").fill("lo van suong " + tag);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi danh Lò Văn Sướng " + tag))
				.click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu.");
			assertThat(page.locator("#attendees")).containsText("Lò Văn Sướng " + tag);

			page.getByLabel("Họ và tên").fill("Giàng Thị Dợ " + tag);
			page.getByLabel("Giới tính").selectOption("FEMALE");
			page.getByLabel("Năm sinh (không bắt buộc)").fill("1995");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi danh người đến trực tiếp"))
				.click();
			assertThat(page.locator("#attendees")).containsText("Giàng Thị Dợ " + tag);

			page.getByLabel("Họ và tên").fill("Lò Thị Ín " + tag);
			page.getByLabel("Giới tính").selectOption("FEMALE");
			page.getByLabel("Hộ", new Page.GetByLabelOptions().setExact(true))
				.selectOption(new SelectOption().setLabel(code + " – Lò Văn Sướng " + tag));
			page.getByLabel("Quan hệ với chủ hộ (hộ đã có)").selectOption("SPOUSE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi danh người đến trực tiếp"))
				.click();
			assertThat(page.locator("#attendees li")).hasCount(3);
			assertThat(page.locator("#places")).hasText("Đã có 3/3 người");
			assertThat(page.getByText("Lớp đã đủ chỗ.")).isVisible();
			assertThat(page.locator("#attendees")).containsText("Đến trực tiếp");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận kỹ năng cho người tham dự"))
				.click();
			assertThat(page.locator("#attendees")).containsText("Đã ghi nhận 2 kỹ năng");
			assertNoHorizontalScroll(page);
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "training-class.png"))
				.setFullPage(true));
		}
		org.assertj.core.api.Assertions
			.assertThat(api.get("/api/households/" + household + "/members").json().toString())
			.contains("Lò Thị Ín " + tag);
	}

	private static void assertNoHorizontalScroll(Page page) {
		Object wide = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
		org.assertj.core.api.Assertions.assertThat(wide).isEqualTo(false);
	}

}
