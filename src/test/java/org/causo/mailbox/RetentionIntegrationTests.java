package org.causo.mailbox;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionIntegrationTests extends IntegrationTest {

	@Autowired
	Retention retention;

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

}
