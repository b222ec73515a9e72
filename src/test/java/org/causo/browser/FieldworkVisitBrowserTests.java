package org.causo.browser;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.ApiClient;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class FieldworkVisitBrowserTests extends IntegrationTest {

	@Test
	void aMemberOpensMyHouseholdsRecordsAVisitWithTwoSkillsReachedAndTheResidentsPageShowsThem() {
		ApiClient officer = api("kalang.officer");
		long household = officer
			.post("/api/households",
					Map.of("code", "FWB-" + unique(), "hamletId", unitIdByName("Bản Ka Lăng"), "ethnicity", "MONG"))
			.json()
			.get("id")
			.asLong();
		Map<String, Object> person = new HashMap<>(Map.of("householdId", household, "fullName", "Giàng Thị Súa", "sex",
				"FEMALE", "birthYear", 1990, "relation", "HEAD"));
		long resident = officer.post("/api/residents", person).json().get("id").asLong();
		JsonNode team = officer
			.post("/api/fieldwork/teams", Map.of("postId", postIdByName("Ka Lăng"), "name", "Tổ " + unique()))
			.json();
		JsonNode withMember = officer
			.post("/api/fieldwork/teams/" + team.get("id").asLong() + "/officers",
					Map.of("officerId", officerIdByUsername("kalang.member")))
			.json();
		long memberId = withMember.get("members").get(0).get("id").asLong();
		assertThat(officer
			.post("/api/fieldwork/assignments",
					Map.of("id", UUID.randomUUID(), "householdId", household, "memberId", memberId))
			.status()).isEqualTo(200);

		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			UiLogin.logIn(page, baseUrl(), this.clock, this.demo.get("kalang.member"));
			page.locator("details.menu > summary").click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hộ tôi phụ trách")).first().click();
			assertThat(page).hasURL(baseUrl() + "/fieldwork/my-households");
			Browser.assertAccessible(page);
			fitsThePhone(page);
			Locator card = page.locator("#household-" + household);
			assertThat(card).containsText("Chưa thăm lần nào");
			card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ghi lần thăm")).click();

			assertThat(page.locator("h1")).containsText("Ghi lần thăm hộ");
			Browser.assertAccessible(page);
			fitsThePhone(page);
			Locator reached = page.locator("#reached-" + resident);
			reached.getByLabel("Sử dụng Zalo").check();
			reached.getByLabel("Cài đặt VNeID").check();
			page.getByLabel("Số điện thoại thông minh trong hộ").fill("1");
			page.getByLabel("Ghi chú").fill("Chị Súa tự cài được VNeID");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lần thăm")).click();
			assertThat(page).hasURL(baseUrl() + "/fieldwork/my-households");
			assertThat(page.locator("p.notice")).isVisible();
			assertThat(page.locator("#household-" + household)).not().containsText("Chưa thăm lần nào");

			page.locator("#household-" + household + " summary").click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giàng Thị Súa")).click();
			assertThat(page).hasURL(baseUrl() + "/residents/" + resident + "/skills");
			Browser.assertAccessible(page);
			fitsThePhone(page);
			assertThat(page.locator("#reached")).containsText("Sử dụng Zalo");
			assertThat(page.locator("#reached")).containsText("Cài đặt VNeID");
			assertThat(page.locator("#reached-heading")).hasText("Đã đạt (2)");
			assertThat(page.locator("#missing")).not().containsText("Sử dụng Zalo");
			Browser.screenshot(page, "fieldwork-resident-skills");
		}
	}

	@Test
	void anOfficerMakesATeamAndAnAdminEditsTheCatalogueOnAPhone() {
		try (BrowserContext context = Browser.phone(false)) {
			Page page = context.newPage();
			UiLogin.logIn(page, baseUrl(), this.clock, this.demo.get("kalang.officer"));
			page.navigate(baseUrl() + "/fieldwork/teams");
			Browser.assertAccessible(page);
			fitsThePhone(page);
			page.getByLabel("Tên tổ").fill("Tổ " + unique());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập tổ")).click();
			assertThat(page.locator("p.notice")).isVisible();
			Browser.assertAccessible(page);
			fitsThePhone(page);
			page.getByLabel("Họ và tên").fill("Lường Văn Xuân");
			page.getByLabel("Đơn vị (đoàn thanh niên, giáo viên…)").fill("Đoàn thanh niên");
			page.locator("form[action$=volunteers] button").click();
			assertThat(page.locator("main")).containsText("Lường Văn Xuân");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giao hộ")).click();
			Browser.assertAccessible(page);
			fitsThePhone(page);
			assertThat(page.locator("main")).containsText("Lường Văn Xuân");
		}
		try (BrowserContext context = Browser.phone(true)) {
			Page page = context.newPage();
			UiLogin.logIn(page, baseUrl(), this.clock, this.demo.get("admin"));
			page.navigate(baseUrl() + "/fieldwork/skills");
			Browser.assertAccessible(page);
			fitsThePhone(page);
			assertThat(page.locator("main")).containsText("Kích hoạt VNeID mức 2");
		}
	}

	private static void fitsThePhone(Page page) {
		Object width = page.evaluate("document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
	}

}
