package org.causo.mailbox.retention;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.mailbox.Mailbox;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.Mailboxes;
import org.causo.shared.Scope;
import org.causo.support.ApiClient;
import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionIntegrationTests extends IntegrationTest {

	@Autowired
	Retention retention;

	@Autowired
	Mailboxes mailboxes;

	@Test
	void theCommanderSetsTheRetentionOfAMailboxWithinLimits() {
		long mailboxId = this.jdbc.sql("""
				select m.id from mailbox m join border_post p on p.id = m.post_id
				where p.name = 'Huổi Luông' and m.kind = 'FEEDBACK' order by m.id limit 1
				""").query(Long.class).single();
		WebSession commander = loggedIn("huoiluong.commander");
		commander.get("/mailboxes/" + mailboxId);
		WebSession.Page saved = commander.post("/mailboxes/" + mailboxId + "/retention", Map.of("days", "30"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(commander.follow(saved).body()).contains("Đã lưu.");
		assertThat(this.jdbc.sql("select retention_days from mailbox where id = :id")
			.param("id", mailboxId)
			.query(Integer.class)
			.single()).isEqualTo(30);
		WebSession.Page refused = commander.post("/mailboxes/" + mailboxId + "/retention", Map.of("days", "0"));
		assertThat(commander.follow(refused).body()).contains("Số ngày phải từ 1 đến 3650");
		assertThat(loggedIn("kalang.commander").post("/mailboxes/" + mailboxId + "/retention", Map.of("days", "5"))
			.status()).isIn(403, 404);
	}

	@Test
	void aClosedReportLosesItsKeysAndContentAfterTheRetentionPeriodButStaysCounted() {
		String code = this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Huổi Luông' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
		WebSession phone = session();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		Matcher receipt = Pattern.compile("id=\"receipt\">([0-9 ]+)<")
			.matcher(phone
				.post("/q/" + code, Map.of("token", token.group(1), "category", "SMUGGLING", "text",
						"Thuốc lá lậu qua đường mòn sau bản"))
				.body());
		assertThat(receipt.find()).isTrue();
		long id = this.jdbc.sql("select max(id) from report").query(Long.class).single();

		WebSession officer = loggedIn("huoiluong.officer");
		officer.get("/reports/" + id);
		for (String status : new String[] { "UNDER_REVIEW", "NOT_VALUABLE", "CLOSED" }) {
			assertThat(officer.post("/reports/" + id + "/status", Map.of("status", status)).status()).isEqualTo(302);
		}
		assertThat(this.retention.purge(this.clock.instant())).as("not yet due").isZero();

		int purged = this.retention.purge(this.clock.instant().plus(Duration.ofDays(92)));
		assertThat(purged).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from report_key where report_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select length(content) from report where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("select status from report where id = :id").param("id", id).query(String.class).single())
			.as("the figures keep it")
			.isEqualTo("CLOSED");
		assertThat(phone.post("/r", Map.of("receipt", receipt.group(1))).status()).isEqualTo(400);
		assertThat(officer.get("/reports/" + id).body()).contains("Bạn chưa được cấp quyền đọc tin này");
	}

	@Test
	void spamAndNotValuableReportsArePurgedAfterTheRetentionPeriodToo() {
		long spam = submitTip("Huổi Luông", "OTHER", "Quảng cáo bán hàng không liên quan.");
		long notValuable = submitTip("Huổi Luông", "SMUGGLING", "Nghe nói có người chở hàng, không rõ ở đâu.");
		ApiClient officer = api("huoiluong.officer");
		assertThat(officer.post("/api/reports/" + spam + "/status", Map.of("status", "SPAM")).status()).isEqualTo(204);
		for (String status : new String[] { "UNDER_REVIEW", "NOT_VALUABLE" }) {
			assertThat(officer.post("/api/reports/" + notValuable + "/status", Map.of("status", status)).status())
				.isEqualTo(204);
		}
		this.retention.purge(this.clock.instant().plus(Duration.ofDays(88)));
		assertThat(keys(spam)).as("not yet due").isPositive();
		assertThat(keys(notValuable)).as("not yet due").isPositive();

		this.retention.purge(this.clock.instant().plus(Duration.ofDays(92)));
		for (long id : new long[] { spam, notValuable }) {
			assertThat(keys(id)).isZero();
			assertThat(this.jdbc.sql("select length(content) from report where id = :id")
				.param("id", id)
				.query(Integer.class)
				.single()).isZero();
		}
		assertThat(this.jdbc.sql("select status from report where id = :id")
			.param("id", spam)
			.query(String.class)
			.single()).as("the figures keep it").isEqualTo("SPAM");
	}

	@Test
	void labelsAndTheCaseTitleGoWithTheReportAndTheAuditLogNeverHoldsALabel() {
		long id = submitTip("Huổi Luông", "DRUGS", "Có người giấu hàng trong nương ngô.");
		ApiClient officer = api("huoiluong.officer");
		for (String status : new String[] { "UNDER_REVIEW", "VALUABLE" }) {
			officer.post("/api/reports/" + id + "/status", Map.of("status", status));
		}
		String title = "Vụ nương ngô " + unique();
		ApiClient.Response opened = officer.post("/api/cases", Map.of("reportId", id, "title", title, "kind", "MAJOR"));
		assertThat(opened.status()).isEqualTo(201);
		long caseId = opened.json().get("id").asLong();
		WebSession web = loggedIn("huoiluong.officer");
		web.get("/reports/" + id);
		assertThat(web.post("/reports/" + id + "/labels", Map.of("labels", "nương ngô, người giấu hàng")).status())
			.isEqualTo(302);
		assertThat(this.jdbc.sql("""
				select string_agg(details, ' ') from audit_event
				where action = 'REPORT_LABELLED' and target_type = 'report' and target_id = :id
				""").param("id", String.valueOf(id)).query(String.class).single()).doesNotContain("nương ngô")
			.contains("2");
		assertThat(officer.post("/api/reports/" + id + "/status", Map.of("status", "CLOSED")).status()).isEqualTo(204);

		this.retention.purge(this.clock.instant().plus(Duration.ofDays(92)));
		assertThat(this.jdbc.sql("select cardinality(labels) from report where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(officer.get("/api/cases/" + caseId).json().get("title").isNull()).isTrue();
		assertThat(web.get("/cases/" + caseId).body()).doesNotContain(title)
			.contains("Tên vụ việc đã được xoá khi hết thời hạn lưu");
	}

	/**
	 * The nightly run, as the scheduler calls it, purges each report in a transaction of
	 * its own: when the last step fails for one report (a fault the test injects), that
	 * report keeps its keys and content, and the others are purged.
	 */
	@Test
	void theNightlyRunPurgesEachReportInItsOwnTransaction() {
		long post = postIdByName("Huổi Luông");
		Mailbox mailbox = this.mailboxes.create(Scope.all(), post, MailboxKind.CRIME_TIP, "Tố giác – " + unique());
		this.mailboxes.setRetention(Scope.all(), mailbox.id(), 1);
		String code = this.mailboxes.createPoint(Scope.all(), mailbox.id(), "Bến đò", null).code();
		long failing = submit(code, "Tin thứ nhất về bến đò.");
		long purged = submit(code, "Tin thứ hai về bến đò.");
		ApiClient officer = api("huoiluong.officer");
		for (long id : new long[] { failing, purged }) {
			assertThat(officer.post("/api/reports/" + id + "/status", Map.of("status", "SPAM")).status())
				.isEqualTo(204);
		}
		// three days pass
		this.jdbc.sql("update report set settled_at = settled_at - interval '3 days' where mailbox_id = :m")
			.param("m", mailbox.id())
			.update();
		this.jdbc.sql("""
				create function test_purge_fails() returns trigger language plpgsql as $$
				begin
				    if new.id = %d and new.purged_at is not null then
				        raise exception 'injected failure';
				    end if;
				    return new;
				end $$""".formatted(failing)).update();
		this.jdbc
			.sql("create trigger test_purge_fails before update on report"
					+ " for each row execute function test_purge_fails()")
			.update();
		try {
			this.retention.nightly();
		}
		finally {
			this.jdbc.sql("drop trigger test_purge_fails on report").update();
			this.jdbc.sql("drop function test_purge_fails()").update();
		}
		assertThat(keys(failing)).as("rolled back").isPositive();
		assertThat(this.jdbc.sql("select length(content) > 0 and purged_at is null from report where id = :id")
			.param("id", failing)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(keys(purged)).isZero();
		assertThat(this.jdbc.sql("select purged_at is not null from report where id = :id")
			.param("id", purged)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private long keys(long reportId) {
		return this.jdbc.sql("select count(*) from report_key where report_id = :id")
			.param("id", reportId)
			.query(Long.class)
			.single();
	}

	private long submit(String code, String text) {
		WebSession phone = session();
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		assertThat(
				phone.post("/q/" + code, Map.of("token", token.group(1), "category", "OTHER", "text", text)).status())
			.isEqualTo(200);
		return this.jdbc.sql("select max(r.id) from report r join qr_point q on q.id = r.qr_point_id where q.code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

}
