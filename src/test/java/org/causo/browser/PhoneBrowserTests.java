package org.causo.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.SoftAssertions;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page on a 360×740 phone: it passes the accessibility check and nothing is
 * wider than the screen. Screenshots go to target/screenshots/ for people to look at.
 */
class PhoneBrowserTests extends IntegrationTest {

	@Test
	void theMainPagesFitAPhoneAndPassTheAccessibilityCheck() {
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/login");
			check(page, "01-login", softly);

			UiLogin.logIn(page, baseUrl(), this.clock, this.demo.get("admin"));
			check(page, "02-home", softly);

			page.navigate(baseUrl() + "/units");
			check(page, "03-units", softly);

			page.navigate(baseUrl() + "/units?kind=COMMUNE&q=thu+lum");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xã Thu Lũm").setExact(true)).click();
			assertThat(page.locator("h1")).hasText("Xã Thu Lũm");
			check(page, "04-unit", softly);

			page.navigate(baseUrl() + "/units/new?kind=HAMLET");
			page.getByLabel("Mã", new Page.GetByLabelOptions().setExact(true)).fill("mã sai!");
			page.getByLabel("Tên", new Page.GetByLabelOptions().setExact(true)).fill("Bản có lỗi");
			page.locator("main form button[type=submit]").click();
			assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
			check(page, "05-unit-form-errors", softly);

			page.navigate(baseUrl() + "/units/import");
			check(page, "06-units-import", softly);

			page.navigate(baseUrl() + "/posts");
			check(page, "07-posts", softly);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ka Lăng").setExact(true)).click();
			check(page, "08-post", softly);

			page.navigate(baseUrl() + "/posts/new");
			check(page, "09-post-form", softly);

			page.navigate(baseUrl() + "/admin/officers");
			check(page, "10-officers", softly);

			page.navigate(baseUrl() + "/admin/officers/new");
			check(page, "11-officer-new", softly);

			page.navigate(baseUrl() + "/admin/officers?q=kalang.officer");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("kalang.officer")).click();
			check(page, "12-officer-edit", softly);

			page.navigate(baseUrl() + "/admin/audit");
			check(page, "13-audit", softly);
			// the actions are named in the reader's language, not as the codes stored
			assertThat(page.locator("main table")).containsText("Đăng nhập: mã xác thực đúng");
			assertThat(page.locator("main table")).not().containsText("LOGIN_TOTP_OK");

			page.navigate(baseUrl() + "/account");
			check(page, "14-account", softly);

			page.navigate(baseUrl() + "/account/password");
			check(page, "15-password", softly);

			page.navigate(baseUrl() + "/account/totp");
			check(page, "16-totp-enrol", softly);

			Response missing = page.navigate(baseUrl() + "/units/999999999");
			assertThat(missing.status()).isEqualTo(404);
			check(page, "17-error-404", softly);

			long mailboxId = this.jdbc.sql("select min(id) from mailbox where kind = 'CRIME_TIP'")
				.query(Long.class)
				.single();
			page.navigate(baseUrl() + "/mailboxes");
			check(page, "20-mailboxes", softly);
			page.navigate(baseUrl() + "/mailboxes/" + mailboxId);
			check(page, "21-inbox", softly);
			page.navigate(baseUrl() + "/mailboxes/" + mailboxId + "/questions");
			check(page, "22-questions", softly);

			// the longest header and labels: French
			page.navigate(baseUrl() + "/?lang=fr");
			check(page, "18-home-fr", softly);
			page.navigate(baseUrl() + "/units/new?kind=HAMLET");
			check(page, "19-unit-form-fr", softly);
			page.navigate(baseUrl() + "/mailboxes/" + mailboxId + "/questions");
			check(page, "23-questions-fr", softly);
		}
		softly.assertAll();
	}

	@Test
	void theCampaignPagesFitAPhoneAndPassTheAccessibilityCheck() {
		long household = this.jdbc.sql("""
				select min(h.id) from household h join resident r on r.household_id = h.id
				join border_post_commune c on c.commune_id = h.commune_id
				join border_post p on p.id = c.post_id where p.name = 'Ka Lăng'
				""").query(Long.class).single();
		long resident = this.jdbc.sql("select min(id) from resident where household_id = :h")
			.param("h", household)
			.query(Long.class)
			.single();
		long post = postIdByName("Ka Lăng");
		Long team = this.jdbc.sql("select min(id) from support_team where post_id = :p")
			.param("p", post)
			.query(Long.class)
			.single();
		Long course = this.jdbc.sql("select min(id) from training_class where post_id = :p")
			.param("p", post)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (course == null) {
			// run alone, no other test has planned a class at the post yet
			long hamlet = this.jdbc.sql("select hamlet_id from household where id = :h")
				.param("h", household)
				.query(Long.class)
				.single();
			course = api("kalang.commander").post("/api/training/classes",
					Map.of("title", "Cài đặt VNeID " + unique(), "organiser", "TELECOM", "organiserName", "Viettel",
							"hamletId", hamlet, "startsAt", LocalDate.now(this.clock).plusDays(3) + "T08:00:00",
							"capacity", 20, "skills", List.of("VNEID_INSTALLED")))
				.json()
				.get("id")
				.asLong();
		}
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			UiLogin.logIn(page, baseUrl(), this.clock, this.demo.get("kalang.commander"));
			String[][] pages = { { "30-households", "/households" },
					{ "31-residents-missing-skill", "/residents?missingSkill=ZALO" },
					{ "32-household", "/households/" + household },
					{ "33-survey", "/households/" + household + "/survey" },
					{ "34-resident", "/residents/" + resident },
					{ "35-resident-skills", "/residents/" + resident + "/skills" }, { "36-teams", "/fieldwork/teams" },
					{ "37-team", "/fieldwork/teams/" + team },
					{ "38-assignments", "/fieldwork/teams/" + team + "/assignments" }, { "39-classes", "/classes" },
					{ "40-class", "/classes/" + course }, { "41-devices", "/devices" },
					{ "42-donations", "/devices/donations" }, { "43-priority", "/devices/priority" },
					{ "44-registry-import", "/registry/import" }, { "45-residents-fr", "/residents?lang=fr" },
					{ "46-devices-fr", "/devices?lang=fr" } };
			for (String[] p : pages) {
				Response response = page.navigate(baseUrl() + p[1]);
				softly.assertThat(response.status()).as(p[0]).isEqualTo(200);
				check(page, p[0], softly);
			}
		}
		softly.assertAll();
	}

	/**
	 * Takes the screenshot and checks the page; problems are collected so that one run
	 * reports every page.
	 */
	private static void check(Page page, String name, SoftAssertions softly) {
		Browser.screenshot(page, name);
		softly.assertThat(Browser.seriousViolations(page)).as(name + ": accessibility").isEmpty();
		Object width = page.evaluate("document.documentElement.scrollWidth");
		softly.assertThat(((Number) width).intValue()).as(name + ": page width").isLessThanOrEqualTo(360);
	}

}
