package org.causo.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.causo.support.ApiClient;
import org.causo.support.Browser;
import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.causo.support.UiLogin;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An officer on a phone opens the priority list, picks a poor household without a
 * smartphone, hands it a donated phone with the photo of the signed receipt, and records
 * a follow-up visit.
 */
class DeviceHandoverBrowserTests extends IntegrationTest {

	@Test
	void anOfficerHandsADonatedPhoneToAHouseholdFromThePriorityList() throws Exception {
		ApiClient api = api("kalang.officer");
		LocalDate today = LocalDate.now(this.clock);
		String code = "UT-" + unique();
		long household = api
			.post("/api/households", Map.of("code", code, "hamletId", unitIdByName("Bản Ka Lăng"), "poor", true))
			.json()
			.get("id")
			.asLong();
		String name = "Pờ Thị Gạ " + unique().replaceAll("[0-9]", "x");
		api.post("/api/residents",
				Map.of("householdId", household, "fullName", name, "sex", "FEMALE", "relation", "HEAD"));
		api.post("/api/households/" + household + "/surveys", Map.of("id", UUID.randomUUID().toString(), "observedOn",
				today.toString(), "smartphones", 0, "signal", Map.of("VIETTEL", Map.of("network", "G4"))));
		long donor = api
			.post("/api/devices/donors", Map.of("name", "Viettel Lai Châu " + unique(), "kind", "ORGANISATION"))
			.json()
			.get("id")
			.asLong();
		long donation = api
			.post("/api/devices/donations",
					Map.of("postId", postIdByName("Ka Lăng"), "donorId", donor, "donatedOn", today.toString(),
							"deviceCount", 1, "model", "Viettel Sumo 4G T1", "valueVnd", 1_290_000))
			.json()
			.get("id")
			.asLong();
		String serial = "SUMO-" + unique().toUpperCase(java.util.Locale.ROOT);
		api.post("/api/devices/devices",
				Map.of("donationId", donation, "identifierKind", "SERIAL", "identifier", serial, "condition", "NEW"));
		Path photo = Files.createTempFile("receipt", ".jpg");
		Files.write(photo, TestImages.jpegWithGps());
		try (BrowserContext context = Browser.phone(true)) {
			Page page = UiLogin.logIn(context.newPage(), baseUrl(), this.clock, this.demo.get("kalang.officer"));
			page.locator("details.menu > summary").click();
			page.locator("nav.main-nav")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Điện thoại tặng"))
				.click();
			assertThat(page.locator("h1")).hasText("Điện thoại tặng");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hộ chưa có điện thoại thông minh"))
				.click();
			page.getByLabel("Xã")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Xã Thu Lũm"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
			Browser.assertAccessible(page);
			assertNoHorizontalScroll(page);
			while (page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trao máy cho hộ " + code))
				.count() == 0) {
				page.locator("a[rel=next]").click();
			}
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trao máy cho hộ " + code)).click();
			assertThat(page.locator("h1")).hasText("Trao máy cho hộ " + code);
			Browser.assertAccessible(page);
			page.getByLabel("Máy", new Page.GetByLabelOptions().setExact(true))
				.selectOption(
						new com.microsoft.playwright.options.SelectOption().setLabel("Viettel Sumo 4G T1 – " + serial));
			page.getByLabel("Người nhận (ký biên bản)")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
			page.getByLabel("Ảnh biên bản có chữ ký (không bắt buộc)").setInputFiles(photo);
			assertNoHorizontalScroll(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu việc trao máy")).click();

			assertThat(page.locator("h1")).hasText("Trao máy cho hộ " + code);
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu.");
			assertThat(page.locator("#handover")).containsText(name);
			assertThat(page.locator("#handover")).containsText(serial);
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem ảnh biên bản")))
				.isVisible();
			Browser.assertAccessible(page);
			page.getByLabel("Có dùng").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lần thăm")).click();
			assertThat(page.locator("#follow-ups")).containsText("Có dùng");
			assertNoHorizontalScroll(page);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "devices-handover.png"))
						.setFullPage(true));

			page.navigate(baseUrl() + "/devices/priority?commune=" + unitIdByCode("COMMUNE", "03439") + "&size=200");
			assertThat(page.locator("main")).not().containsText(code);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	private static void assertNoHorizontalScroll(Page page) {
		Object wide = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
		org.assertj.core.api.Assertions.assertThat(wide).isEqualTo(false);
	}

}
