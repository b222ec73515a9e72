package org.causo.audit;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.causo.mailbox.Submissions;
import org.causo.mailbox.TipForm;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an ordinary day's work (a tip read and triaged, a case opened and its outcome
 * recorded, a filtered export, an officer created then changed, a report unassigned, a
 * mailbox's reports granted), the audit log and the case page speak the reader's
 * language: no enum constant, no Java record dump, no table name.
 */
class NoInternalWordsIntegrationTests extends IntegrationTest {

	/** CASE_OPENED, UNDER_REVIEW, POST_OFFICER… */
	private static final Pattern ENUM = Pattern.compile("\\b[A-Z]{3,}_[A-Z_]+\\b");

	/** ResidentQuery[text=null…], CaseDraft[…] */
	private static final Pattern RECORD = Pattern.compile("(Query|Draft|View|Outcome)\\[");

	@Autowired
	Submissions submissions;

	@Test
	void theAuditLogAndTheCasePageShowNoInternalWords() {
		long report = kaLangReport();
		WebSession officer = loggedIn("kalang.officer");
		officer.get("/reports/" + report);
		officer.post("/reports/" + report + "/status", Map.of("status", "UNDER_REVIEW"));
		officer.post("/reports/" + report + "/status", Map.of("status", "VALUABLE"));
		Page opened = officer.post("/reports/" + report + "/cases",
				Map.of("title", "Vụ ma tuý " + unique(), "kind", "MAJOR"));
		String casePath = opened.location().replaceAll("^https?://[^/]+", "");
		officer.get(casePath);
		assertThat(officer.post(casePath,
				List.of(Map.entry("title", "Vụ ma tuý"), Map.entry("kind", "MAJOR"), Map.entry("status", "OPEN"),
						Map.entry("arrests", "2"), Map.entry("seizureKind", "HEROIN"),
						Map.entry("seizureQuantity", "1,5"), Map.entry("seizureUnit", "KG")))
			.status()).isEqualTo(302);
		officer.getBytes("/residents/export?format=csv&ethnicity=THAI&q=lo");
		WebSession admin = loggedIn("admin");
		admin.get("/admin/officers/new");
		String newcomer = "canbo." + unique();
		assertThat(admin.post("/admin/officers",
				Map.of("username", newcomer, "displayName", "Cán Bộ Mới", "role", "POST_OFFICER", "scopePostId",
						String.valueOf(postIdByName("Ka Lăng")), "scopeUnitId", "", "password",
						"một mật khẩu đủ dài 2026"))
			.status()).isEqualTo(302);
		Map<String, Object> disabled = new java.util.HashMap<>(Map.of("username", newcomer, "displayName", "Cán Bộ Mới",
				"role", "SUPPORT_MEMBER", "scopePostId", postIdByName("Ka Lăng"), "disabled", true));
		assertThat(api("admin").put("/api/officers/" + officerIdByUsername(newcomer), disabled).status())
			.isEqualTo(200);
		WebSession commander = loggedIn("kalang.commander");
		commander.get("/reports/" + report);
		assertThat(commander.post("/reports/" + report + "/assignee", Map.of("assignee", "")).status()).isEqualTo(302);
		long mailbox = this.jdbc.sql("select mailbox_id from report where id = :id")
			.param("id", report)
			.query(Long.class)
			.single();
		commander.get("/mailboxes/" + mailbox);
		assertThat(commander.post("/mailboxes/" + mailbox + "/grant", Map.of()).status()).isEqualTo(302);

		Document casePage = Jsoup.parse(officer.get(casePath).body());
		String history = casePage.select("main section").last().text();
		assertThat(history).contains("Vụ lớn", "số người bị bắt: 2")
			.doesNotContain("MAJOR", "OPEN", "prosecuted", "report");
		assertNoInternalWords(casePage.select("main").text());

		for (String actor : List.of("kalang.officer", "kalang.commander", "admin")) {
			Document log = Jsoup.parse(admin.get("/admin/audit?actor=" + actor).body());
			assertNoInternalWords(log.select("main table").text());
			assertThat(log.select("main table").text()).doesNotContain(" resident ", "devices", "households,",
					"decrypted", "metadata only", "unopened", "nobody", "filters", " for ", "resident ", "disabled",
					"keys", "->");
		}
		assertThat(Jsoup.parse(admin.get("/admin/audit?actor=kalang.commander").body()).select("main table").text())
			.contains("giao cho cán bộ số: không ai", "số tin chưa mở được: ", "đã mở nội dung: ");
		assertThat(Jsoup.parse(admin.get("/admin/audit?actor=admin").body()).select("main table").text())
			.contains("đã khoá tài khoản: Có");
		Document log = Jsoup.parse(admin.get("/admin/audit").body());
		// actions other tests write straight into the table (TEST_…) are theirs, not the
		// product's
		assertThat(log.select("#action option")
			.eachText()
			.stream()
			.filter((o) -> !o.startsWith("TEST_"))
			.filter((o) -> ENUM.matcher(o).find())).isEmpty();
	}

	private static void assertNoInternalWords(String text) {
		assertThat(ENUM.matcher(text).results().map((m) -> m.group()).toList()).as(text).isEmpty();
		assertThat(RECORD.matcher(text).find()).as(text).isFalse();
	}

	private long kaLangReport() {
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
		this.submissions.submit(code, new TipForm("DRUGS", "Người lạ chở hàng qua suối lúc đêm " + unique(), "", "", "",
				this.submissions.form(code).token()));
		return this.jdbc.sql("select max(id) from report").query(Long.class).single();
	}

}
