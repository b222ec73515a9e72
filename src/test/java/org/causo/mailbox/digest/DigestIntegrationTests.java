package org.causo.mailbox.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.causo.support.ApiClient;
import org.causo.support.FirstLogin;
import org.causo.support.IntegrationTest;
import org.causo.support.TestSmtp;
import org.causo.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail digest against an in-process SMTP server: one mail that says only that
 * something new is waiting, to the officers who asked for it and read the mailbox, once
 * per new item, retried after a failed send, and never twice from two nodes.
 */
@ExtendWith(OutputCaptureExtension.class)
class DigestIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "một câu mật khẩu dài";

	@Autowired
	private Digest digest;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void anOfficerWhoAskedGetsOneMailThatSaysOnlyThatSomethingNewIsWaiting() throws Exception {
		Officer reader = officer("Ka Lăng", "POST_OFFICER", true);
		Officer notAsked = officer("Ka Lăng", "POST_COMMANDER", false);
		Officer member = officer("Ka Lăng", "SUPPORT_MEMBER", true);
		Officer otherPost = officer("Huổi Luông", "POST_OFFICER", true);
		readEverythingAt("Huổi Luông", otherPost.id());
		String marker = "dấu-" + unique();
		long reportId = submitTip("Ka Lăng", "DRUGS", marker + " người lạ mang hàng qua suối");

		Instant now = this.clock.instant().plus(Duration.ofMinutes(70));
		assertThat(this.digest.run(now)).isGreaterThanOrEqualTo(1);

		List<MimeMessage> mails = TestSmtp.mailsTo(reader.email());
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		String body = (String) mail.getContent();
		String everything = mail.getSubject() + "\n" + body;
		assertThat(mail.getSubject()).isEqualTo("Cầu Số: có tin mới đang chờ");
		assertThat(body).contains("Có tin mới đang chờ").contains("https://causo.test/login");
		assertThat(everything).doesNotContain(marker)
			.doesNotContain("DRUGS")
			.doesNotContain("Ma tuý")
			.doesNotContain("Ka Lăng")
			.doesNotContainIgnoringCase("tố giác")
			.doesNotContain(String.valueOf(reportId));
		for (String name : namesAround(reportId)) {
			assertThat(everything).doesNotContain(name);
		}
		assertThat(mail.getFrom()[0].toString()).isEqualTo("causo@causo.test");

		assertThat(TestSmtp.mailsTo(notAsked.email())).as("did not ask").isEmpty();
		assertThat(TestSmtp.mailsTo(member.email())).as("does not read the mailbox").isEmpty();
		assertThat(TestSmtp.mailsTo(otherPost.email())).as("another post").isEmpty();

		this.digest.run(now);
		this.digest.run(now.plus(Duration.ofHours(2)));
		assertThat(TestSmtp.mailsTo(reader.email())).as("the same tip is announced once").hasSize(1);
		assertThat(this.jdbc.sql("select announced_until from mailbox_digest where officer_id = :id")
			.param("id", reader.id())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isAfter(now);
	}

	@Test
	void aFailedSendIsRetriedAtTheNextRunAndTheLogNamesNoAddress(CapturedOutput output) {
		Officer reader = officer("Ka Lăng", "POST_OFFICER", true);
		submitTip("Ka Lăng", "SMUGGLING", "hàng lậu " + unique());
		Instant now = this.clock.instant().plus(Duration.ofMinutes(70));

		TestSmtp.stop();
		try {
			this.digest.run(now);
		}
		finally {
			TestSmtp.start();
		}
		assertThat(TestSmtp.mailsTo(reader.email())).isEmpty();
		assertThat(output.getAll()).contains("Mailbox digest for officer " + reader.id() + " not sent")
			.doesNotContain(reader.email());

		this.digest.run(now);
		assertThat(TestSmtp.mailsTo(reader.email())).as("sent at the next run").hasSize(1);
	}

	@Test
	void whileAnotherNodeHoldsAnOfficersDigestThisNodeSkipsIt() throws Exception {
		Officer reader = officer("Ka Lăng", "POST_OFFICER", true);
		submitTip("Ka Lăng", "OTHER", "người lạ dựng lều " + unique());
		Instant now = this.clock.instant().plus(Duration.ofMinutes(70));
		this.jdbc.sql("insert into mailbox_digest (officer_id, announced_until) values (:id, :start)")
			.param("id", reader.id())
			.param("start", java.sql.Timestamp.from(this.clock.instant().truncatedTo(ChronoUnit.HOURS)))
			.update();

		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread otherNode = new Thread(() -> new TransactionTemplate(this.transactions).executeWithoutResult((s) -> {
			this.jdbc.sql("select 1 from mailbox_digest where officer_id = :id for update")
				.param("id", reader.id())
				.query(Integer.class)
				.single();
			locked.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		otherNode.start();
		try {
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			this.digest.run(now);
			assertThat(TestSmtp.mailsTo(reader.email())).as("held by the other node").isEmpty();
		}
		finally {
			release.countDown();
			otherNode.join(30_000);
		}
		this.digest.run(now);
		this.digest.run(now);
		assertThat(TestSmtp.mailsTo(reader.email())).hasSize(1);
	}

	@Test
	void aReporterReplyAfterTheOfficerReadTheReportIsNewAgain() {
		Officer reader = officer("Ka Lăng", "POST_OFFICER", true);
		WebSession web = session();
		FirstLogin.complete(web, this.clock, reader.username(), PASSWORD, "mật khẩu của người đọc");
		WebSession phone = session();
		String code = qrCode("Ka Lăng", "CRIME_TIP");
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(phone.get("/q/" + code).body());
		assertThat(token.find()).isTrue();
		Matcher receipt = Pattern.compile("id=\"receipt\">([0-9 ]+)<")
			.matcher(phone
				.post("/q/" + code,
						Map.of("token", token.group(1), "category", "DRUGS", "text", "hàng trắng " + unique()))
				.body());
		assertThat(receipt.find()).isTrue();
		long reportId = this.jdbc.sql("select max(id) from report").query(Long.class).single();

		this.digest.run(this.clock.instant().plus(Duration.ofMinutes(70)));
		assertThat(TestSmtp.mailsTo(reader.email())).hasSize(1);
		assertThat(web.get("/reports/" + reportId).status()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(2));
		assertThat(phone.post("/r/reply", Map.of("receipt", receipt.group(1), "text", "Trong kho sau nhà văn hoá"))
			.status()).isEqualTo(200);
		this.digest.run(this.clock.instant().plus(Duration.ofMinutes(70)));
		assertThat(TestSmtp.mailsTo(reader.email())).as("the reply is new").hasSize(2);
		assertThat((String) content(TestSmtp.mailsTo(reader.email()).get(1))).doesNotContain("nhà văn hoá");
	}

	private static Object content(MimeMessage mail) {
		try {
			return mail.getContent();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The mailbox, QR point and post names of a report: none of them may be in a mail.
	 */
	private List<String> namesAround(long reportId) {
		return this.jdbc.sql("""
				select unnest(array[m.name, q.name, p.name]) from report r join mailbox m on m.id = r.mailbox_id
				join qr_point q on q.id = r.qr_point_id join border_post p on p.id = m.post_id where r.id = :id
				""").param("id", reportId).query(String.class).list();
	}

	/**
	 * Marks every report of the post read by the officer, after any reply: nothing there
	 * is new to them.
	 */
	private void readEverythingAt(String post, long officerId) {
		this.jdbc.sql("""
				insert into report_read (report_id, officer_id, read_at)
				select r.id, :officer, :at from report r join mailbox m on m.id = r.mailbox_id
				join border_post p on p.id = m.post_id where p.name = :post
				""")
			.param("officer", officerId)
			.param("at", java.sql.Timestamp.from(this.clock.instant().plus(Duration.ofHours(3))))
			.param("post", post)
			.update();
	}

	private Officer officer(String post, String role, boolean digest) {
		String username = "thu." + unique();
		String email = username + "@causo.test";
		Map<String, Object> draft = new HashMap<>();
		draft.put("username", username);
		draft.put("displayName", "Cán bộ " + username);
		draft.put("role", role);
		draft.put("scopePostId", postIdByName(post));
		draft.put("password", PASSWORD);
		draft.put("email", email);
		draft.put("digest", digest);
		ApiClient.Response created = api("admin").post("/api/officers", draft);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("email").asString()).isEqualTo(email);
		return new Officer(created.json().get("id").asLong(), username, email);
	}

	private record Officer(long id, String username, String email) {

	}

}
