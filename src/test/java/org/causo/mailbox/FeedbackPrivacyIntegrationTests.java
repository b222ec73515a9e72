package org.causo.mailbox;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soldiers' feedback is the commander's: a post officer does not see its inbox, its
 * reports or their times, the cases opened from them, its figures, points or questions,
 * and the unread count in the menu counts only what the officer can read.
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

	@Test
	void aPostOfficerWhoTriesReportIdsOnTheCaseApiLearnsNothingOfFeedback() {
		long reportId = feedback("DISCIPLINE", "Góp ý về cách chia ca gác.");
		ApiClient officer = api("kalang.officer");
		ApiClient.Response tried = officer.post("/api/cases",
				Map.of("reportId", reportId, "title", "Thử", "kind", "OTHER"));
		ApiClient.Response missing = officer.post("/api/cases",
				Map.of("reportId", 999999999L, "title", "Thử", "kind", "OTHER"));
		assertThat(tried.status()).isEqualTo(missing.status()).isEqualTo(404);
		assertThat(tried.body()).isEqualTo(missing.body());
		WebSession web = loggedIn("kalang.officer");
		web.get("/mailboxes");
		assertThat(web.post("/reports/" + reportId + "/cases", Map.of("title", "Thử", "kind", "OTHER")).status())
			.isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from mailbox_case_report where report_id = :r")
			.param("r", reportId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select status from report where id = :r")
			.param("r", reportId)
			.query(String.class)
			.single()).isEqualTo("NEW");
	}

	@Test
	void aCaseOpenedFromFeedbackIsTheCommandersAlone() {
		long reportId = feedback("DISCIPLINE", "Góp ý về việc dùng xe công.");
		String title = "Góp ý kỷ luật " + unique();
		ApiClient commander = api("kalang.commander");
		ApiClient.Response opened = commander.post("/api/cases",
				Map.of("reportId", reportId, "title", title, "kind", "OTHER"));
		assertThat(opened.status()).isEqualTo(201);
		long caseId = opened.json().get("id").asLong();
		assertThat(commander.get("/api/cases").body()).contains(title);
		assertThat(loggedIn("kalang.commander").get("/cases/" + caseId).body()).contains(title);
		long tip = submitTip("Ka Lăng", "SMUGGLING", "Thuốc lá lậu qua đường mòn.");
		ApiClient.Response mixed = commander.post("/api/cases/" + caseId + "/reports", Map.of("reportId", tip));
		assertThat(mixed.status()).as("a crime tip does not join a feedback case").isEqualTo(400);

		for (String username : List.of("kalang.officer", "admin")) {
			ApiClient api = api(username);
			assertThat(api.get("/api/cases").body()).as(username).doesNotContain(title);
			assertThat(api.get("/api/cases/" + caseId).status()).as(username).isEqualTo(404);
			assertThat(api
				.put("/api/cases/" + caseId + "/outcome", Map.of("title", "Đổi", "kind", "OTHER", "status", "CLOSED",
						"prosecuted", false, "arrests", 0, "seizures", List.of()))
				.status()).isEqualTo(404);
			WebSession web = loggedIn(username);
			assertThat(web.get("/cases").body()).as(username).doesNotContain(title);
			assertThat(web.get("/cases/" + caseId).status()).as(username).isEqualTo(404);
		}
		assertThat(api("kalang.officer").post("/api/cases/" + caseId + "/reports", Map.of("reportId", tip)).status())
			.isEqualTo(404);
		assertThat(api("kalang.officer").get("/api/cases/" + caseId).body()).doesNotContain(title);
	}

	@Test
	void feedbackFiguresPointsAndQuestionsAreTheCommandersAlone() {
		feedback("LIVING", "Nước sinh hoạt bị đục.");
		long mailboxId = this.jdbc.sql("""
				select min(m.id) from mailbox m join border_post p on p.id = m.post_id
				where p.name = 'Ka Lăng' and m.kind = 'FEEDBACK'
				""").query(Long.class).single();
		long pointId = this.jdbc.sql("select min(id) from qr_point where mailbox_id = :m")
			.param("m", mailboxId)
			.query(Long.class)
			.single();
		String code = qrCode("Ka Lăng", "FEEDBACK");
		ApiClient officer = api("kalang.officer");
		for (String path : List.of("/api/mailboxes/stats?kind=FEEDBACK", "/api/mailboxes/stats?kind=FEEDBACK&by=MONTH",
				"/api/mailboxes/" + mailboxId + "/points", "/api/mailboxes/" + mailboxId + "/questions")) {
			assertThat(officer.get(path).status()).as(path).isEqualTo(404);
		}
		WebSession web = loggedIn("kalang.officer");
		for (String path : List.of("/mailboxes/stats?kind=FEEDBACK", "/mailboxes/stats.csv?kind=FEEDBACK",
				"/points/" + code + "/qr.svg", "/points/" + pointId + "/poster.pdf")) {
			assertThat(web.get(path).status()).as(path).isEqualTo(404);
		}
		WebSession.Page stats = web.get("/mailboxes/stats");
		assertThat(stats.status()).isEqualTo(200);
		assertThat(Jsoup.parse(stats.body()).select("option[value=FEEDBACK]")).isEmpty();

		ApiClient commander = api("kalang.commander");
		ApiClient.Response figures = commander.get("/api/mailboxes/stats?kind=FEEDBACK");
		assertThat(figures.status()).isEqualTo(200);
		assertThat(figures.json().get("total").get("received").asLong()).isPositive();
		assertThat(commander.get("/api/mailboxes/" + mailboxId + "/points").status()).isEqualTo(200);
		assertThat(commander.get("/api/mailboxes/" + mailboxId + "/questions").status()).isEqualTo(200);
		assertThat(loggedIn("kalang.commander").get("/points/" + code + "/qr.svg").status()).isEqualTo(200);
	}

	/**
	 * The province's administrators set feedback mailboxes up (points, questions) but see
	 * no trace of their reports: inbox, reports, figures (docs/decisions.md, 2026-12-03).
	 */
	@Test
	void theProvinceAdminSetsTheFeedbackMailboxUpButSeesNoneOfItsReports() {
		long reportId = feedback("TRAINING", "Lịch huấn luyện quá dày.");
		long mailboxId = this.jdbc.sql("select mailbox_id from report where id = :r")
			.param("r", reportId)
			.query(Long.class)
			.single();
		ApiClient admin = api("admin");
		assertThat(admin.get("/api/mailboxes/" + mailboxId + "/reports").status()).isEqualTo(404);
		assertThat(admin.get("/api/mailboxes/" + mailboxId).status()).isEqualTo(404);
		assertThat(admin.get("/api/mailboxes").body()).doesNotContain("\"kind\":\"FEEDBACK\"");
		assertThat(admin.get("/api/mailboxes/stats?kind=FEEDBACK").status()).isEqualTo(404);
		assertThat(loggedIn("admin").get("/reports/" + reportId).status()).isEqualTo(404);
		assertThat(admin.get("/api/mailboxes/" + mailboxId + "/points").status()).isEqualTo(200);
		assertThat(admin.get("/api/mailboxes/" + mailboxId + "/questions").status()).isEqualTo(200);
		assertThat(admin.get("/api/mailboxes/" + demoTips() + "/reports").status()).isEqualTo(200);

		WebSession web = loggedIn("admin");
		web.get("/mailboxes");
		WebSession.Page created = web.post("/mailboxes", Map.of("postId", String.valueOf(postIdByName("Ka Lăng")),
				"kind", "FEEDBACK", "name", "Góp ý – " + unique()));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).as("its set-up, not its inbox").endsWith("/settings");
		assertThat(web.follow(created).status()).isEqualTo(200);
	}

	private long demoTips() {
		return this.jdbc.sql("""
				select min(m.id) from mailbox m join border_post p on p.id = m.post_id
				where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP'
				""").query(Long.class).single();
	}

	/** Sends feedback to Ka Lăng's demo feedback mailbox; returns the report's id. */
	private long feedback(String topic, String text) {
		String code = qrCode("Ka Lăng", "FEEDBACK");
		WebSession phone = session();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		assertThat(phone.post("/q/" + code, Map.of("token", token.group(1), "category", topic, "text", text)).status())
			.isEqualTo(200);
		return this.jdbc.sql("select max(id) from report").query(Long.class).single();
	}

	private long unread(String username) {
		String text = Jsoup.parse(loggedIn(username).get("/").body()).select("nav .badge").text();
		return text.isEmpty() ? 0 : Long.parseLong(text.replaceAll("\\D", ""));
	}

}
