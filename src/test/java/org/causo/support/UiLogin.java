package org.causo.support;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Logs a demo account in through the pages, as a person would: password page, then the
 * TOTP page when the account has one. Works with JavaScript on or off and in any
 * language, since it finds the fields by their ids.
 */
public final class UiLogin {

	private UiLogin() {
	}

	/**
	 * Logs in on {@code page} and ends on the dashboard; checks the accessibility of the
	 * login pages on the way.
	 */
	public static Page logIn(Page page, String baseUrl, TestClock clock, DemoAccounts.Account account) {
		page.navigate(baseUrl + "/login");
		Browser.assertAccessible(page);
		page.locator("#username").fill(account.username());
		page.locator("#password").fill(account.password());
		page.locator("main form button[type=submit]").click();
		if (account.totpSecret() != null) {
			assertThat(page).hasURL(baseUrl + "/login/totp");
			Browser.assertAccessible(page);
			page.locator("#code").fill(Totp.freshCode(clock, account.totpSecret()));
			page.locator("main form button[type=submit]").click();
		}
		assertThat(page).hasURL(baseUrl + "/");
		return page;
	}

}
