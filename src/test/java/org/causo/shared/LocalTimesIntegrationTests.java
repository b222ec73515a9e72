package org.causo.shared;

import java.util.Map;

import org.causo.mailbox.Submissions;
import org.causo.mailbox.TipForm;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers read Vietnam's time (UTC+7), never UTC: on the report page, in the inbox, in
 * the figures' CSV (months are counted in local time) and in the audit log.
 */
class LocalTimesIntegrationTests extends IntegrationTest {

	@Autowired
	Submissions submissions;

	@Test
	void aTipReceivedAt17UtcOnNewYearsEveIsShownAsMidnightOfNewYearsDay() {
		long report = kaLangReport();
		this.jdbc.sql("update report set received_hour = cast('2019-12-31T17:00:00Z' as timestamptz) where id = :id")
			.param("id", report)
			.update();
		long mailbox = this.jdbc.sql("select mailbox_id from report where id = :id")
			.param("id", report)
			.query(Long.class)
			.single();
		WebSession officer = loggedIn("kalang.officer");
		String page = officer.get("/reports/" + report).body();
		assertThat(Jsoup.parse(page).select("dl.facts dd").first().text()).isEqualTo("2020-01-01 00:00");
		assertThat(page).doesNotContain("UTC");
		assertThat(Jsoup.parse(officer.get("/mailboxes/" + mailbox + "?month=2020-01").body())
			.select("main table tbody tr td a")
			.eachText()).contains("2020-01-01 00:00");

		String csv = officer
			.get("/mailboxes/stats.csv?by=month&post=" + postIdByName("Ka Lăng") + "&from=2019-12&to=2020-01")
			.body();
		assertThat(csv).contains("MONTH,2020-01,2020-01,1,").doesNotContain("2019-12");
	}

	@Test
	void theAuditLogShowsLocalTimeAndFiltersByLocalDays() {
		String actor = "giodiaphuong." + unique();
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, target_type, target_id, details)
				values (cast('2021-05-31T18:30:00Z' as timestamptz), :actor, 'TEST_LOCAL', 'officer', '7', 'x')
				""").param("actor", actor).update();
		WebSession admin = loggedIn("admin");
		String page = admin.get("/admin/audit?actor=" + actor + "&from=2021-06-01&to=2021-06-01").body();
		assertThat(Jsoup.parse(page).select("main table tbody tr td").first().text()).isEqualTo("2021-06-01 01:30:00");
		assertThat(Jsoup.parse(page).select("main table thead").text()).doesNotContain("UTC");
		assertThat(admin.get("/admin/audit?actor=" + actor + "&to=2021-05-31").body()).doesNotContain("01:30:00");
	}

	private long kaLangReport() {
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
		this.submissions.submit(code, new TipForm("DRUGS", "Tin gửi lúc nửa đêm giờ địa phương " + unique(), "", "", "",
				this.submissions.form(code).token()));
		return this.jdbc.sql("select max(id) from report").query(Long.class).single();
	}

}
