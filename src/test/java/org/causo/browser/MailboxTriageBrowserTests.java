package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class MailboxTriageBrowserTests extends IntegrationTest {

	@Test
	void anOfficerTriagesAReportOpensACaseRecordsOutcomesAndSeesTheFiguresChange() {
		long reportId = submitTip("Ka Lăng", "DRUGS", "Hai người mang heroin qua đường mòn " + unique());
		long postId = postIdByName("Ka Lăng");
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			UiLogin.logIn(page, baseUrl(), this.clock, this.demo.get("kalang.commander"));
			int[] before = totals(page, postId);

			page.navigate(baseUrl() + "/reports/" + reportId);
			assertThat(Browser.seriousViolations(page)).isEmpty();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu xem xét")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu có giá trị")).click();
			page.getByLabel("Tên vụ việc").fill("Vận chuyển heroin qua bản Pa Thắng");
			page.getByLabel("Loại vụ việc").selectOption(new SelectOption().setIndex(0));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập vụ việc mới")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases/\\d+"));
			assertThat(Browser.seriousViolations(page)).isEmpty();

			page.getByLabel("Số người bị bắt").fill("2");
			page.locator("select[name=seizureKind]").first().selectOption("HEROIN");
			page.locator("input[name=seizureQuantity]").first().fill("2");
			page.locator("select[name=seizureUnit]").first().selectOption("KG");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
			assertThat(page.locator("p.notice")).isVisible();

			int[] after = totals(page, postId);
			assertThat(after[0]).as("valuable").isEqualTo(before[0] + 1);
			assertThat(after[1] + after[2]).as("cases").isEqualTo(before[1] + before[2] + 1);
			assertThat(after[3]).as("arrests").isEqualTo(before[3] + 2);
			assertThat(page.locator("#seizures")).containsText("Hêrôin");
		}
	}

	/**
	 * Valuable, major cases, other cases and arrests from the statistics page's total
	 * row.
	 */
	private int[] totals(Page page, long postId) {
		page.navigate(baseUrl() + "/mailboxes/stats?post=" + postId);
		assertThat(Browser.seriousViolations(page)).isEmpty();
		var cells = page.locator("#total td");
		return new int[] { number(cells.nth(1).textContent()), number(cells.nth(3).textContent()),
				number(cells.nth(4).textContent()), number(cells.nth(5).textContent()) };
	}

	private static int number(String text) {
		return Integer.parseInt(text.strip());
	}

}
