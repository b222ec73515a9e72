package org.causo.demo;

import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the demo is loaded (as in the test suite), every page says so, officers' and
 * residents', in the reader's language, so that nobody runs the demo for real by mistake.
 * That a production node shows no banner is checked in DeploymentIntegrationTests.
 */
class DemoBannerIntegrationTests extends IntegrationTest {

	@Test
	void theLoginPageAndOfficersPagesCarryTheDemoBannerInTheirLanguage() {
		assertThat(session().get("/login", "vi").body()).contains("class=\"demo-banner\"")
			.contains("Dữ liệu trình diễn (demo)");
		assertThat(session().get("/login", "en").body()).contains("Demo data: the accounts, mailboxes and records");
		assertThat(session().get("/login", "fr").body()).contains("Données de démonstration");
		assertThat(loggedIn("analyst").get("/units").body()).contains("class=\"demo-banner\"")
			.contains("Dữ liệu trình diễn (demo)");
	}

	@Test
	void theResidentsFormOfADemoMailboxSaysItIsADemo() {
		String code = qrCode("Ka Lăng", "CRIME_TIP");
		assertThat(session().get("/q/" + code, "vi").body()).contains("class=\"demo-banner\"")
			.contains("Bản trình diễn (demo): không gửi tố giác thật tại đây.");
		assertThat(session().get("/q/" + code, "en").body())
			.contains("Demonstration only: do not send a real tip here.");
		assertThat(session().get("/r", "fr").body()).contains("Démonstration seulement");
	}

	@Test
	void theReadingPagesSayTheirContentMayBeIncompleteNotToSendNoTip() {
		long check = this.jdbc.sql("select min(id) from quiz where for_residents").query(Long.class).single();
		for (String page : new String[] { "/law", "/guides", "/conduct", "/check/" + check }) {
			assertThat(session().get(page, "vi").body()).as(page)
				.contains("Bản trình diễn (demo): các văn bản và hướng dẫn ở đây có thể chưa đầy đủ")
				.doesNotContain("không gửi tố giác thật");
		}
	}

}
