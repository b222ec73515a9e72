package org.causo.mailbox;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soldiers' feedback is the commander's: a post officer does not see its inbox, its
 * reports or their times, and the unread count in the menu counts only what the officer
 * can read.
 */
class FeedbackPrivacyIntegrationTests extends IntegrationTest {

	@Test
	void aPostOfficerSeesNeitherTheFeedbackInboxNorItsReports() {
		String code = qrCode("Ka Lăng", "FEEDBACK");
		WebSession phone = session();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		assertThat(phone
			.post("/q/" + code,
					Map.of("token", token.group(1), "category", "DISCIPLINE", "text", "Góp ý về kỷ luật trong đơn vị."))
			.status()).isEqualTo(200);
		long reportId = this.jdbc.sql("select max(id) from report").query(Long.class).single();
		long mailboxId = this.jdbc.sql("select mailbox_id from report where id = :r")
			.param("r", reportId)
			.query(Long.class)
			.single();

		WebSession officer = loggedIn("kalang.officer");
		assertThat(Jsoup.parse(officer.get("/mailboxes").body()).select("a[href=/mailboxes/" + mailboxId + "]"))
			.isEmpty();
		assertThat(officer.get("/mailboxes/" + mailboxId).status()).isEqualTo(404);
		assertThat(officer.get("/reports/" + reportId).status()).isEqualTo(404);
		assertThat(api("kalang.officer").get("/api/mailboxes/" + mailboxId + "/reports").status()).isEqualTo(404);
		assertThat(api("kalang.officer").get("/api/mailboxes/" + mailboxId).status()).isEqualTo(404);
		assertThat(api("kalang.officer").get("/api/mailboxes").body()).doesNotContain("\"kind\":\"FEEDBACK\"");

		WebSession commander = loggedIn("kalang.commander");
		assertThat(commander.get("/mailboxes/" + mailboxId).status()).isEqualTo(200);
		assertThat(commander.get("/reports/" + reportId).status()).isEqualTo(200);
		assertThat(api("kalang.commander").get("/api/mailboxes").body()).contains("\"kind\":\"FEEDBACK\"");
	}

	@Test
	void theUnreadCountCountsOnlyReportsTheOfficerCanRead() {
		long before = unread("kalang.officer");
		long commanderBefore = unread("kalang.commander");
		String code = qrCode("Ka Lăng", "FEEDBACK");
		WebSession phone = session();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		phone.post("/q/" + code,
				Map.of("token", token.group(1), "category", "LIVING", "text", "Nhà ăn cần sửa lại mái che."));
		assertThat(unread("kalang.officer")).isEqualTo(before);
		assertThat(unread("kalang.commander")).isEqualTo(commanderBefore + 1);
	}

	private long unread(String username) {
		String text = Jsoup.parse(loggedIn(username).get("/").body()).select("nav .badge").text();
		return text.isEmpty() ? 0 : Long.parseLong(text.replaceAll("\\D", ""));
	}

}
