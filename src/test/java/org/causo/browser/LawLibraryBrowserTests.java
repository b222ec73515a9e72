package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.SoftAssertions;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public law library on a 360 px phone, with JavaScript on and off: search without
 * diacritics, follow a result to its article, list a filter's documents, nothing wider
 * than the screen, no serious accessibility violation, no cookie.
 */
class LawLibraryBrowserTests extends IntegrationTest {

	@Test
	void aResidentFindsAnArticleWithoutDiacriticsOnAPhone() {
		SoftAssertions softly = new SoftAssertions();
		for (boolean javaScript : new boolean[] { true, false }) {
			try (BrowserContext context = Browser.phone(javaScript)) {
				Page page = context.newPage();
				String suffix = javaScript ? "" : "-nojs";
				page.navigate(baseUrl() + "/law");
				check(page, "law-01-front" + suffix, softly);
				page.getByLabel("Tìm văn bản, điều khoản").fill("xa thu lum lai chau");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
				assertThat(page.locator("main h3").first()).containsText("1670/NQ-UBTVQH15");
				assertThat(page.locator("main mark").first()).isVisible();
				check(page, "law-02-results" + suffix, softly);
				page.locator("main .law-hit li a").first().click();
				assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/law/\\d+#dieu-1$"));
				assertThat(page.locator("#dieu-1 h3"))
					.hasText("Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu");
				assertThat(page.locator("main")).containsText("Còn hiệu lực");
				check(page, "law-03-document" + suffix, softly);
				page.navigate(baseUrl() + "/law");
				page.getByLabel("Cơ quan ban hành").selectOption(partyIssuer());
				page.getByLabel("Tình trạng").selectOption("IN_FORCE");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
				assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/law\\?.*status=IN_FORCE.*"));
				assertThat(page.locator("#listed")).isVisible();
				assertThat(page.locator("main")).containsText("60-NQ/TW");
				check(page, "law-04-filtered" + suffix, softly);
				softly.assertThat(context.cookies()).as("cookies" + suffix).isEmpty();
			}
		}
		softly.assertAll();
	}

	private String partyIssuer() {
		return this.jdbc.sql("select issuer from law_document where number = '60-NQ/TW'").query(String.class).single();
	}

	private static void check(Page page, String name, SoftAssertions softly) {
		Browser.screenshot(page, name);
		softly.assertThat(Browser.seriousViolations(page)).as(name + ": accessibility").isEmpty();
		Object width = page.evaluate("document.documentElement.scrollWidth");
		softly.assertThat(((Number) width).intValue()).as(name + ": page width").isLessThanOrEqualTo(360);
	}

}
