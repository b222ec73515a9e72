package org.causo.mailbox.submissions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.causo.mailbox.ReportStatus;
import org.causo.mailbox.Submissions;
import org.causo.mailbox.TipForm;
import org.causo.mailbox.TooManyAttemptsException;
import org.causo.shared.InvalidInputException;
import org.causo.support.IntegrationTest;
import org.causo.support.TestImages;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.causo.support.WebSession.Upload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The anonymous side under a flood: the cheap checks come before photos and Argon2id, a
 * copied form token does not open someone else's thread, and wrong receipts do not lock
 * reporters out. Buckets are drained through the real limits, or the application's
 * submissions get small limits of their own for one test.
 */
class FloodIntegrationTests extends IntegrationTest {

	/** Passes the type check (JPEG magic number) but cannot be decoded. */
	private static final byte[] BROKEN_JPEG = "\u00ff\u00d8\u00ff\u00e0 not really a photo"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	private Limits limits;

	@Autowired
	private Submissions submissions;

	@Test
	void aFormSentAgainWithOtherContentGetsNoReceiptWhileTheSameContentGetsTheSameOne() {
		String code = demoPoint();
		WebSession phone = session();
		String token = token(phone.get("/q/" + code).body());
		Map<String, String> tip = Map.of("token", token, "category", "SMUGGLING", "text",
				"Thuyền chở hàng cập bến lúc ba giờ sáng");
		byte[] photo = TestImages.plain("png");
		Page first = phone.postFiles("/q/" + code, tip, "files", List.of(new Upload("a.png", "image/png", photo)));
		String receipt = receipt(first);
		long reports = reports();

		Page otherText = phone.postFiles("/q/" + code,
				Map.of("token", token, "category", "SMUGGLING", "text", "Nội dung khác của kẻ giả mạo"), "files",
				List.of(new Upload("a.png", "image/png", photo)));
		assertThat(otherText.status()).isEqualTo(400);
		assertThat(otherText.body()).contains("Biểu mẫu này đã được gửi với nội dung khác")
			.doesNotContain(receipt)
			.doesNotContain("value=\"" + token + "\"");
		Page otherPhoto = phone.postFiles("/q/" + code, tip, "files",
				List.of(new Upload("b.jpg", "image/jpeg", TestImages.plain("jpg"))));
		assertThat(otherPhoto.status()).isEqualTo(400);
		assertThat(otherPhoto.body()).doesNotContain(receipt);
		Page noPhoto = phone.post("/q/" + code + "?lang=en", tip);
		assertThat(noPhoto.status()).isEqualTo(400);
		assertThat(noPhoto.body()).contains("This form was already sent with other content");

		Page same = phone.postFiles("/q/" + code, tip, "files", List.of(new Upload("a.png", "image/png", photo)));
		assertThat(receipt(same)).isEqualTo(receipt);
		assertThat(reports()).isEqualTo(reports);
	}

	@Test
	void aFormSentAgainDoesNotSkipTheLimiter() {
		String code = demoPoint();
		String token = token(session().get("/q/" + code).body());
		TipForm tip = new TipForm("DRUGS", "Người lạ mang hàng qua suối mỗi tối", null, null, null, token);
		// one tip a minute for the whole node: the first takes it
		withLimits(new Limits(120, 1, 600, this.clock), () -> {
			this.submissions.submit(code, tip);
			assertThatThrownBy(() -> this.submissions.submit(code, tip)).isInstanceOf(TooManyAttemptsException.class);
		});
	}

	@Test
	void aFullPointRefusesANewTipBeforeLookingAtItsPhotos() {
		String code = newPoint();
		WebSession phone = session();
		Map<String, String> tip = Map.of("token", token(phone.get("/q/" + code).body()), "category", "DRUGS", "text",
				"Có người lạ mang hàng qua suối");
		long before = reports();
		Page busy = whileDrained(() -> this.limits.submission(code), () -> phone.postFiles("/q/" + code, tip, "files",
				List.of(new Upload("a.jpg", "image/jpeg", BROKEN_JPEG))));
		assertThat(busy.status()).isEqualTo(429);
		assertThat(busy.body()).contains("Hệ thống đang nhận quá nhiều yêu cầu").doesNotContain("Không đọc được ảnh");
		assertThat(reports()).isEqualTo(before);
		// a full point is no use to the tests that follow
		this.jdbc.sql("update qr_point set status = 'RETIRED' where code = :code").param("code", code).update();
	}

	@Test
	void aReplyIsCheckedForItsReceiptBeforeItsPhotosAreDecoded() {
		WebSession phone = session();
		Page reply = phone.postFiles("/r/reply",
				Map.of("receipt", "1234 5678 9012 3456", "text", "Thêm một ảnh của chiếc xe"), "files",
				List.of(new Upload("a.jpg", "image/jpeg", BROKEN_JPEG)));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body()).contains("Mã biên nhận không đúng").doesNotContain("Không đọc được ảnh");
	}

	@Test
	void aCorrectReceiptOpensItsThreadWhileWrongReceiptsAreThrottled() {
		String code = demoPoint();
		WebSession phone = session();
		String receipt = receipt(phone.post("/q/" + code, Map.of("token", token(phone.get("/q/" + code).body()),
				"category", "DRUGS", "text", "Hàng trắng giấu trong bao tải gạo")));
		// one wrong receipt a minute for everyone: the first takes it
		withLimits(new Limits(120, 6000, 1, this.clock), () -> {
			assertThatThrownBy(() -> this.submissions.open("1234 5678 9012 3456"))
				.isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> this.submissions.open("1234 5678 9012 3457"))
				.isInstanceOf(TooManyAttemptsException.class);
			assertThat(this.submissions.open(receipt).status()).isEqualTo(ReportStatus.NEW);
			this.submissions.reply(receipt, "Xe đến vào tối thứ bảy");
		});
	}

	/**
	 * Runs with small limits of its own in the application's submissions, then puts the
	 * application's limits back.
	 */
	private void withLimits(Limits small, Runnable action) {
		Object target = AopTestUtils.getTargetObject(this.submissions);
		Object limits = ReflectionTestUtils.getField(target, "limits");
		ReflectionTestUtils.setField(target, "limits", small);
		try {
			action.run();
		}
		finally {
			ReflectionTestUtils.setField(target, "limits", limits);
		}
	}

	/**
	 * Runs the requests while another thread keeps taking every token of a bucket as it
	 * refills, through the real limits.
	 */
	private static <T> T whileDrained(Runnable take, Supplier<T> requests) {
		AtomicBoolean done = new AtomicBoolean();
		CountDownLatch dry = new CountDownLatch(1);
		Thread drainer = Thread.ofPlatform().start(() -> {
			while (!done.get()) {
				try {
					take.run();
				}
				catch (TooManyAttemptsException ex) {
					dry.countDown();
					Thread.onSpinWait();
				}
			}
		});
		try {
			assertThat(dry.await(30, TimeUnit.SECONDS)).as("the bucket ran dry").isTrue();
			return requests.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			done.set(true);
			try {
				drainer.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The Ka Lăng demo point: the oldest, as other tests add points to the same mailbox
	 * and fill them.
	 */
	private String demoPoint() {
		return this.jdbc
			.sql("""
					select q.code from qr_point q join mailbox m on m.id = q.mailbox_id join border_post p on p.id = m.post_id
					where p.name = 'Ka Lăng' and m.kind = 'CRIME_TIP' and q.status = 'ACTIVE' order by q.id limit 1
					""")
			.query(String.class)
			.single();
	}

	private String newPoint() {
		org.causo.support.ApiClient commander = api("kalang.commander");
		long mailboxId = commander.get("/api/mailboxes").json().get(0).get("id").asLong();
		long hamlet = this.jdbc.sql("""
				select h.id from org_unit h join border_post_commune c on c.commune_id = h.parent_id
				join border_post p on p.id = c.post_id where p.name = 'Ka Lăng' and h.kind = 'HAMLET'
				order by h.id limit 1
				""").query(Long.class).single();
		return commander
			.post("/api/mailboxes/" + mailboxId + "/points", Map.of("name", "Bến đò " + unique(), "hamletId", hamlet))
			.json()
			.get("code")
			.asString();
	}

}
