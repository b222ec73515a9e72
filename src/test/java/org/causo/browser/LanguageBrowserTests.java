package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language: Vietnamese unless the person picks another in the header (remembered in a
 * cookie) or their browser asks for one we have.
 */
class LanguageBrowserTests extends IntegrationTest {

	@Test
	void aPersonSwitchesFromVietnameseToEnglishAndTheNextPagesStayInEnglish() {
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			assertThat(page.locator("html")).hasAttribute("lang", "vi");
			assertThat(page.locator("h1")).hasText("Đăng nhập");
			Browser.assertAccessible(page);

			languageLink(page, "English").click();
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			assertThat(page.locator("h1")).hasText("Log in");
			assertThat(languageLink(page, "English")).hasAttribute("aria-current", "true");
			Browser.assertAccessible(page);
			assertThat(languageCookie(context)).isEqualTo("en");

			// the login helper opens /login again, without ?lang: the cookie speaks
			UiLogin.logIn(page, baseUrl(), this.clock, this.demo.get("kalang.commander"));
			assertThat(page.locator("h1")).hasText("Dashboard");
			Browser.assertAccessible(page);
			page.locator("details.menu > summary").click();
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Administrative units"))
				.click();
			assertThat(page.locator("h1")).hasText("Administrative units");
			Browser.assertAccessible(page);
		}
	}

	@Test
	void aLoggedInOfficerSwitchesToFrenchAndTheChoiceIsRemembered() {
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.commander"));
			assertThat(page.locator("h1")).hasText("Bảng điều khiển");

			languageLink(page, "Français").click();
			assertThat(page.locator("html")).hasAttribute("lang", "fr");
			assertThat(page.locator("h1")).hasText("Tableau de bord");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/units");
			assertThat(page.locator("h1")).hasText("Unités administratives");
			Browser.assertAccessible(page);
			assertThat(languageCookie(context)).isEqualTo("fr");

			languageLink(page, "Tiếng Việt").click();
			assertThat(page.locator("h1")).hasText("Đơn vị hành chính");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/");
			assertThat(page.locator("h1")).hasText("Bảng điều khiển");
			Browser.assertAccessible(page);
		}
	}

	@Test
	void aBrowserThatAsksForFrenchGetsFrenchWithoutPickingIt() {
		try (BrowserContext context = Browser.phone(true, "fr-FR")) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			assertThat(page.locator("html")).hasAttribute("lang", "fr");
			assertThat(page.locator("h1")).hasText("Connexion");
			assertThat(page.getByLabel("Identifiant")).isVisible();
			Browser.assertAccessible(page);
			assertThat(languageCookie(context)).isNull();
		}
	}

	@Test
	void anUnsupportedLanguageInTheAddressKeepsVietnamese() {
		try (BrowserContext context = Browser.phone(true, "de-DE")) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login?lang=de");
			assertThat(page.locator("html")).hasAttribute("lang", "vi");
			assertThat(page.locator("h1")).hasText("Đăng nhập");
			Browser.assertAccessible(page);
			assertThat(languageCookie(context)).isNull();
		}
	}

	@Test
	void aReporterSwitchesTheFormToEnglishAndKeepsWhatTheyTypedWithJavaScript() {
		switchTheFormKeepingWhatWasTyped(true);
	}

	@Test
	void aReporterSwitchesTheFormToEnglishAndKeepsWhatTheyTypedWithoutJavaScript() {
		switchTheFormKeepingWhatWasTyped(false);
	}

	private void switchTheFormKeepingWhatWasTyped(boolean javaScript) {
		try (BrowserContext context = Browser.phone(javaScript)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/q/" + qrCode("Ka Lăng", "CRIME_TIP"));
			String token = page.locator("input[name=token]").inputValue();
			page.getByLabel("Buôn lậu").check();
			page.getByLabel("Chuyện gì đã xảy ra?").fill("Thuyền lạ cập bến lúc nửa đêm, chở nhiều bao tải");
			page.getByLabel("Ở đâu? (không bắt buộc)").fill("Bến đò bản Pa Thắng");

			languageButton(page, "English").click();

			assertThat(page.locator("html")).hasAttribute("lang", "en");
			assertThat(page.locator("h1")).hasText("Crime tip mailbox");
			assertThat(page.getByLabel("What happened?")).hasValue("Thuyền lạ cập bến lúc nửa đêm, chở nhiều bao tải");
			assertThat(page.getByLabel("Smuggling")).isChecked();
			assertThat(page.getByLabel("Where? (optional)")).hasValue("Bến đò bản Pa Thắng");
			assertThat(page.locator("input[name=token]")).hasValue(token);
			assertThat(languageButton(page, "English")).hasAttribute("aria-current", "true");
			assertThat(page.url()).doesNotContain("lang=");
			assertThat(context.cookies()).isEmpty();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
			assertThat(page.locator("h1")).hasText("Your message was received");
			assertThat(context.cookies()).isEmpty();
		}
	}

	private static Locator languageButton(Page page, String name) {
		return page.locator("nav.lang").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
	}

	private static Locator languageLink(Page page, String name) {
		return page.locator("nav.lang").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
	}

	private static String languageCookie(BrowserContext context) {
		return context.cookies()
			.stream()
			.filter((Cookie c) -> "causo-lang".equals(c.name))
			.map((Cookie c) -> c.value)
			.findFirst()
			.orElse(null);
	}

}
