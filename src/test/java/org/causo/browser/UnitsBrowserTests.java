package org.causo.browser;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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
 * Administrative units through the pages: adding a hamlet under a commune and finding it
 * again by typing its name the way people type on a phone, without diacritics.
 */
class UnitsBrowserTests extends IntegrationTest {

	@Test
	void anAdminCreatesAHamletAndFindsItWithoutDiacritics() {
		String suffix = suffix();
		String hamlet = "Bản Nậm Lũng Thử " + suffix;
		try (BrowserContext context = Browser.phone(false)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("admin"));
			createHamletUnderThuLum(page, hamlet);

			page.navigate(baseUrl() + "/units");
			page.getByLabel("Tìm theo tên hoặc mã").fill("nam lung thu " + suffix);
			button(page, "Tìm kiếm").click();
			assertThat(page).hasURL(Pattern.compile("/units\\?q=nam\\+lung\\+thu\\+" + suffix));
			Locator rows = page.locator("#results tbody tr");
			assertThat(rows).hasCount(1);
			assertThat(rows.first()).containsText(hamlet);
			assertThat(rows.first()).containsText("Xã Thu Lũm");
			Browser.assertAccessible(page);

			rows.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(hamlet)).click();
			assertThat(page.locator("h1")).hasText(hamlet);
			Browser.assertAccessible(page);
		}
	}

	@Test
	void theUnitListNarrowsAsAnAdminTypesANameWithoutDiacritics() {
		String suffix = suffix();
		String hamlet = "Bản Nậm Lũng Thử " + suffix;
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("admin"));
			createHamletUnderThuLum(page, hamlet);

			page.navigate(baseUrl() + "/units");
			Locator rows = page.locator("#results tbody tr");
			assertThat(rows.count()).as("the unfiltered first page").isGreaterThan(1);
			page.getByLabel("Tìm theo tên hoặc mã").pressSequentially("nam lung thu " + suffix);
			assertThat(rows).hasCount(1);
			assertThat(rows.first()).containsText(hamlet);
			// htmx swapped the results in place: no form submission, no new address
			assertThat(page).hasURL(baseUrl() + "/units");
			assertThat(page.getByLabel("Tìm theo tên hoặc mã")).isFocused();
			Browser.assertAccessible(page);

			page.getByLabel("Tìm theo tên hoặc mã").fill("xyz khong co ban nao " + suffix);
			assertThat(page.locator("#results")).containsText("Không tìm thấy đơn vị nào.");
			assertThat(page.locator("#results tbody tr")).hasCount(0);
			Browser.assertAccessible(page);
		}
	}

	@Test
	void aHamletFormWithMistakesSaysWhatToFixInVietnamese() {
		try (BrowserContext context = Browser.phone(false)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("admin"));
			page.navigate(baseUrl() + "/units/new?kind=HAMLET");
			Browser.assertAccessible(page);
			page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill("Bản Lỗi " + suffix());
			page.getByLabel("Mã", new Page.GetByLabelOptions().setExact(true)).fill("mã sai!");
			Response response = page.waitForResponse((r) -> r.request().method().equals("POST"),
					() -> button(page, "Lưu").click());
			assertThat(response.status()).isEqualTo(400);
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vui lòng sửa các lỗi sau:");
			assertThat(page.locator("#code-error"))
				.hasText("Mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 20 ký tự).");
			assertThat(page.locator("#parentId-error")).hasText("Hãy chọn đơn vị cấp trên trong phạm vi của bạn.");
			// what the admin typed is kept
			assertThat(page.getByLabel("Mã", new Page.GetByLabelOptions().setExact(true))).hasValue("mã sai!");
			Browser.assertAccessible(page);
		}
	}

	/**
	 * Finds "Xã Thu Lũm" by search, opens it, follows "Thêm bản" (which picks the commune
	 * as parent) and saves the hamlet; ends on the new hamlet's page.
	 */
	private void createHamletUnderThuLum(Page page, String hamlet) {
		page.navigate(baseUrl() + "/units?kind=COMMUNE&q=thu+lum");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xã Thu Lũm").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Xã Thu Lũm");
		Browser.assertAccessible(page);
		page.locator("main .actions")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Thêm bản"))
			.click();
		assertThat(page.locator("h1")).hasText("Đơn vị mới");
		assertThat(page.getByLabel("Cấp")).hasValue("HAMLET");
		assertThat(page.locator("#parentId option:checked")).hasText("Xã Thu Lũm");
		Browser.assertAccessible(page);
		page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill(hamlet);
		button(page, "Lưu").click();

		assertThat(page.locator("h1")).hasText(hamlet);
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu.");
		assertThat(page.locator(".facts")).containsText("Bản/thôn");
		assertThat(page.locator(".facts")).containsText("Xã Thu Lũm");
		Browser.assertAccessible(page);
	}

	private static Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
