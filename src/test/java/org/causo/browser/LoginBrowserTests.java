package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.Totp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginBrowserTests extends IntegrationTest {

	@Test
	void anOfficerLogsInWithPasswordAndTotpOnAPhone() {
		var account = this.demo.get("kalang.commander");
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			assertThat(Browser.seriousViolations(page)).isEmpty();
			page.getByLabel("Tên đăng nhập").fill(account.username());
			page.getByLabel("Mật khẩu").fill(account.password());
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Đăng nhập"))
				.click();
			assertThat(page.url()).endsWith("/login/totp");
			assertThat(Browser.seriousViolations(page)).isEmpty();
			page.getByLabel("Mã 6 chữ số").fill(Totp.freshCode(this.clock, account.totpSecret()));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Xác nhận"))
				.click();
			assertThat(page.url()).isEqualTo(baseUrl() + "/");
			assertThat(page.locator("h1").textContent()).isEqualTo("Bảng điều khiển");
			assertThat(Browser.seriousViolations(page)).isEmpty();
		}
	}

}
