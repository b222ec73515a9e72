package org.causo.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.Totp;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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

	@Test
	void anAnalystLogsInWithJavaScriptOff() {
		var account = this.demo.get("analyst");
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			Browser.assertAccessible(page);
			page.getByLabel("Tên đăng nhập").fill(account.username());
			page.getByLabel("Mật khẩu").fill(account.password());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
			assertThat(page).hasURL(baseUrl() + "/");
			assertThat(page.locator("h1")).hasText("Bảng điều khiển");
			Browser.assertAccessible(page);
			// an analyst sees the data pages but not the administration
			page.locator("details.menu > summary").click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn vị hành chính")).first())
				.isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tài khoản cán bộ")))
				.hasCount(0);
		}
	}

	@Test
	void aWrongLoginIsRefusedInVietnameseWithJavaScriptOff() {
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			page.getByLabel("Tên đăng nhập").fill("nobody." + java.util.UUID.randomUUID().toString().substring(0, 8));
			page.getByLabel("Mật khẩu").fill("not the password at all");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).hasText(
					"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khoá hay đã bị vô hiệu hoá. Hãy kiểm tra lại; nếu vẫn không được, hãy liên hệ quản trị viên.");
			Browser.assertAccessible(page);
		}
	}

}
