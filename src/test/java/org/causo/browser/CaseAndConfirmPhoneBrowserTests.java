package org.causo.browser;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.mailbox.Submissions;
import org.causo.mailbox.TipForm;
import org.causo.support.ApiClient;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360×740 phone: the menu folds into one line, a refused case form comes back with
 * every seizure row typed and no horizontal scroll, and archiving a household asks first,
 * with JavaScript on and off.
 */
class CaseAndConfirmPhoneBrowserTests extends IntegrationTest {

	@Autowired
	Submissions submissions;

	@Test
	void theMenuFoldsAndTheCaseFormKeepsItsRowsAfterAnErrorOnAPhone() {
		long caseId = aKaLangCase();
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.officer"));
			Locator menu = page.locator("details.menu");
			assertThat(menu.locator("nav.main-nav")).not().isVisible();
			double header = page.locator("header.top").boundingBox().height;
			assertThat(header).as("the header leaves the screen to the work").isLessThan(120);
			menu.locator("summary").click();
			assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hộ dân"))).isVisible();
			assertThat(menu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đăng xuất")))
				.isVisible();
			assertThat(page.locator("nav.lang").getByRole(AriaRole.BUTTON)).hasCount(0);
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/cases/" + caseId);
			page.getByLabel("Tang vật, dòng 1").selectOption("HEROIN");
			page.getByLabel("Số lượng, dòng 1").fill("1,5");
			page.getByLabel("Đơn vị, dòng 1").selectOption("KG");
			page.getByLabel("Tang vật, dòng 2").selectOption("CASH");
			page.getByLabel("Số lượng, dòng 2").fill("hai triệu");
			page.getByLabel("Số lượng, dòng 3").fill("7");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.ALERT).first()).isVisible();
			assertThat(page.getByLabel("Tang vật, dòng 1")).hasValue("HEROIN");
			assertThat(page.getByLabel("Số lượng, dòng 1")).hasValue("1,5");
			assertThat(page.getByLabel("Tang vật, dòng 2")).hasValue("CASH");
			assertThat(page.getByLabel("Số lượng, dòng 2")).hasValue("hai triệu");
			assertThat(page.getByLabel("Số lượng, dòng 3")).hasValue("7");
			assertNoHorizontalScroll(page);
			Browser.screenshot(page, "50-case-form-error");
			Browser.assertAccessible(page);

			page.getByLabel("Số lượng, dòng 2").fill("2000000");
			page.getByLabel("Số lượng, dòng 3").fill("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
			assertThat(page.locator("p.notice")).isVisible();
			assertThat(page.locator("main")).containsText("Hêrôin: 1,5 kg");
			assertThat(page.locator("main")).containsText("Tiền mặt: 2.000.000 đồng");
			assertNoHorizontalScroll(page);
		}
	}

	@Test
	void archivingAHouseholdAsksFirstWithJavaScriptOff() {
		for (boolean javaScript : new boolean[] { false, true }) {
			long household = aKaLangHousehold();
			try (BrowserContext context = Browser.phone(javaScript)) {
				Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.officer"));
				page.navigate(baseUrl() + "/households/" + household);
				Locator archive = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu trữ"));
				String colour = (String) archive.evaluate("b => getComputedStyle(b).color");
				assertThat(colour).as("danger, not primary").isEqualTo("rgb(161, 18, 26)");
				archive.click();
				assertThat(page.locator("h1")).hasText("Lưu trữ hộ này?");
				assertNoHorizontalScroll(page);
				Browser.screenshot(page, "51-confirm-" + (javaScript ? "js" : "nojs"));
				Browser.assertAccessible(page);
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Không, quay lại")).click();
				assertThat(page).hasURL(baseUrl() + "/households/" + household);
				assertThat(archived(household)).isFalse();

				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu trữ")).click();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Có, tôi chắc chắn")).click();
				assertThat(page.locator("p.notice")).isVisible();
				assertThat(archived(household)).isTrue();
			}
		}
	}

	private static void assertNoHorizontalScroll(Page page) {
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width").isLessThanOrEqualTo(360);
	}

	private long aKaLangHousehold() {
		return api("kalang.officer")
			.post("/api/households", Map.of("code", "KL-" + unique(), "hamletId", unitIdByName("Bản Pa Thắng")))
			.json()
			.get("id")
			.asLong();
	}

	private boolean archived(long household) {
		return this.jdbc.sql("select archived from household where id = :id")
			.param("id", household)
			.query(Boolean.class)
			.single();
	}

	private long aKaLangCase() {
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
		this.submissions.submit(code, new TipForm("DRUGS", "Hai người mang bao tải qua suối " + unique(), "", "", "",
				this.submissions.form(code).token()));
		long report = this.jdbc.sql("select max(id) from report").query(Long.class).single();
		ApiClient api = api("kalang.officer");
		return api.post("/api/cases", Map.of("reportId", report, "title", "Vụ bao tải " + unique(), "kind", "MAJOR"))
			.json()
			.get("id")
			.asLong();
	}

}
