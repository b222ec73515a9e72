package org.causo.mailbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MailboxIntegrationTests extends IntegrationTest {

	@Test
	void nothingAboutTheReporterIsWrittenAnywhere(CapturedOutput output) throws Exception {
		String marker = "MARKER-" + UUID.randomUUID();
		String code = point("Ka Lăng", "CRIME_TIP");
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> form = http.send(publicRequest("/q/" + code).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(form.headers().allValues("Set-Cookie")).isEmpty();
		String body = "token=" + token(form.body()) + "&category=DRUGS&text="
				+ java.net.URLEncoder.encode(marker + " two men with heroin at the market", StandardCharsets.UTF_8);
		HttpResponse<String> sent = http
			.send(publicRequest("/q/" + code).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(sent.body()).containsPattern("\\d{4} \\d{4} \\d{4} \\d{4}");

		for (String needle : List.of(marker, "Distinctive-Phone/7.1", "198.51.100.23")) {
			assertThat(everyRowOfEveryTable()).as("database").doesNotContain(needle);
			assertThat(output.getAll()).as("logs").doesNotContain(needle);
			assertThat(filesContaining(needle)).as("data folder").isEmpty();
		}
		assertThat(this.jdbc.sql("select count(*) from report where received_hour <> date_trunc('hour', received_hour)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aRetriedSubmissionStoresOneReportAndShowsTheSameReceipt() {
		String code = point("Ka Lăng", "CRIME_TIP");
		WebSession phone = session();
		String token = token(phone.get("/q/" + code).body());
		Map<String, String> tip = Map.of("token", token, "category", "SMUGGLING", "text",
				"Xe tải chở hàng lậu qua cửa khẩu lúc nửa đêm");
		long before = reports();
		Page first = phone.post("/q/" + code, tip);
		Page retry = phone.post("/q/" + code, tip);
		assertThat(reports()).isEqualTo(before + 1);
		assertThat(receipt(retry)).isEqualTo(receipt(first));
	}

	@Test
	void aPointOverItsHourlyLimitAnswers429AndStoresNothingMoreWhileARetryStillGetsItsReceipt() {
		org.causo.support.ApiClient commander = api("kalang.commander");
		long mailboxId = commander.get("/api/mailboxes").json().get(0).get("id").asLong();
		long hamlet = this.jdbc.sql("""
				select h.id from org_unit h join border_post_commune c on c.commune_id = h.parent_id
				join border_post p on p.id = c.post_id where p.name = 'Ka Lăng' and h.kind = 'HAMLET'
				order by h.id limit 1
				""").query(Long.class).single();
		String code = commander
			.post("/api/mailboxes/" + mailboxId + "/points",
					Map.of("name", "Chợ phiên " + unique(), "hamletId", hamlet))
			.json()
			.get("code")
			.asString();
		// the limits start afresh each hour: keep this test inside one
		long toNextHour = 3600 - this.clock.instant().getEpochSecond() % 3600;
		if (toNextHour < 600) {
			this.clock.advance(java.time.Duration.ofSeconds(toNextHour + 60));
		}
		WebSession phone = session();
		Map<String, String> last = Map.of();
		String lastReceipt = null;
		// the default limit: 120 reports an hour from one point
		for (int i = 0; i < 120; i++) {
			last = Map.of("token", token(phone.get("/q/" + code).body()), "category", "DRUGS", "text",
					"Có người lạ mang hàng qua suối, lần " + i);
			lastReceipt = receipt(phone.post("/q/" + code, last));
		}
		long before = reports();
		Page busy = phone.post("/q/" + code, Map.of("token", token(phone.get("/q/" + code).body()), "category", "DRUGS",
				"text", "Thêm một tin nữa, quá giới hạn"));
		assertThat(busy.status()).isEqualTo(429);
		assertThat(busy.body()).contains("Hệ thống đang nhận quá nhiều yêu cầu");
		assertThat(reports()).isEqualTo(before);
		Page retry = phone.post("/q/" + code, last);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(receipt(retry)).isEqualTo(lastReceipt);
		assertThat(reports()).isEqualTo(before);
		// a full point would refuse the tips of the tests that follow (they take the
		// newest active point of Ka Lăng)
		this.jdbc.sql("update qr_point set status = 'RETIRED' where code = :code").param("code", code).update();
	}

	@Test
	void badInputGetsAClearMessageInTheReportersLanguageAnd4xx(CapturedOutput output) throws Exception {
		String code = point("Ka Lăng", "CRIME_TIP");
		WebSession phone = session();
		String token = token(phone.get("/q/" + code).body());
		Page tooShort = phone.post("/q/" + code, Map.of("token", token, "category", "DRUGS", "text", "ngắn"));
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("Hãy viết ít nhất 10 ký tự");
		Page tooLong = phone.post("/q/" + code + "?lang=en",
				Map.of("token", token, "category", "DRUGS", "text", "x".repeat(5001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("at most 5000 characters");
		Page missing = phone.post("/q/" + code + "?lang=fr", Map.of("token", token, "text", "un texte assez long"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("Choisissez une réponse");
		Page forged = phone.post("/q/" + code,
				Map.of("token", "forged", "category", "DRUGS", "text", "đủ dài rồi đấy nhé"));
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.body()).contains("Biểu mẫu đã hết hạn");
		Page bot = phone.post("/q/" + code,
				Map.of("token", token, "category", "DRUGS", "text", "đủ dài rồi đấy nhé", "website", "http://spam"));
		assertThat(bot.status()).isEqualTo(400);
		HttpResponse<String> invalidUtf8 = HttpClient.newHttpClient()
			.send(publicRequest("/q/" + code).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("token=" + token + "&category=DRUGS&text=abcdefghijkl%C3%28%FF"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(invalidUtf8.statusCode()).isEqualTo(400);
		assertThat(invalidUtf8.body()).contains("Dữ liệu gửi lên không đúng");
		assertThat(invalidUtf8.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(output.getAll()).as("the submitted text never reaches a log").doesNotContain("abcdefghijkl");
		Page unknown = phone.get("/q/NOSUCH22");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("Không tìm thấy hộp thư");
		Page wrongReceipt = phone.post("/r", Map.of("receipt", "1234 5678 9012 3456"));
		assertThat(wrongReceipt.status()).isEqualTo(400);
		assertThat(wrongReceipt.body()).contains("Mã biên nhận không đúng");
	}

	@Test
	void aRetiredCodeShowsAPolitePage() {
		String code = point("Huổi Luông", "FEEDBACK");
		long pointId = this.jdbc.sql("select id from qr_point where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
		WebSession commander = loggedIn("huoiluong.commander");
		commander.get("/mailboxes");
		assertThat(commander.post("/points/" + pointId + "/status?status=RETIRED", Map.of()).status()).isEqualTo(302);
		Page retired = session().get("/q/" + code);
		assertThat(retired.status()).isEqualTo(410);
		assertThat(retired.body()).contains("Hộp thư này đã đóng").doesNotContain("Exception");
	}

	@Test
	void officersReadTheReportTalkWithTheReporterAndTriageIt() {
		String code = point("Ka Lăng", "CRIME_TIP");
		WebSession phone = session();
		String receipt = receipt(
				phone.post("/q/" + code, Map.of("token", token(phone.get("/q/" + code).body()), "category", "DRUGS",
						"text", "<script>alert(1)</script> người lạ mang hàng trắng", "where", "Bản Pa Thắng")));
		long reportId = this.jdbc.sql("select max(id) from report").query(Long.class).single();

		WebSession officer = loggedIn("kalang.officer");
		Page report = officer.get("/reports/" + reportId);
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; người lạ mang hàng trắng")
			.doesNotContain("<script>alert(1)</script>")
			.contains("Bản Pa Thắng");
		assertThat(officer.post("/reports/" + reportId + "/messages", Map.of("text", "Hàng được giấu ở đâu?")).status())
			.isEqualTo(302);
		assertThat(officer.post("/reports/" + reportId + "/status", Map.of("status", "UNDER_REVIEW")).status())
			.isEqualTo(302);

		Page thread = phone.post("/r", Map.of("receipt", receipt.replace(" ", "")));
		assertThat(thread.status()).isEqualTo(200);
		assertThat(thread.body()).contains("Hàng được giấu ở đâu?").contains("Đang xem xét");
		assertThat(phone.post("/r/reply", Map.of("receipt", receipt, "text", "Trong kho sau nhà văn hoá")).status())
			.isEqualTo(200);
		assertThat(officer.get("/reports/" + reportId).body()).contains("Trong kho sau nhà văn hoá");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'REPORT_VIEWED' and target_id = :id")
			.param("id", String.valueOf(reportId))
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anOfficerOfAnotherPostGets404AndASupportMemberCannotOpenMailboxes() {
		String code = point("Ka Lăng", "CRIME_TIP");
		WebSession phone = session();
		phone.post("/q/" + code, Map.of("token", token(phone.get("/q/" + code).body()), "category", "OTHER", "text",
				"Có người lạ dựng lều trong rừng"));
		long reportId = this.jdbc.sql("select max(id) from report").query(Long.class).single();
		long mailboxId = this.jdbc.sql("select mailbox_id from report where id = :id")
			.param("id", reportId)
			.query(Long.class)
			.single();
		WebSession other = loggedIn("huoiluong.officer");
		assertThat(other.get("/reports/" + reportId).status()).isEqualTo(404);
		assertThat(other.get("/mailboxes/" + mailboxId).status()).isEqualTo(404);
		assertThat(loggedIn("kalang.member").get("/mailboxes").status()).isEqualTo(403);
	}

	@Test
	void theStoredReportRevealsNothingWithoutAKey() {
		String code = point("Ka Lăng", "CRIME_TIP");
		WebSession phone = session();
		phone.post("/q/" + code, Map.of("token", token(phone.get("/q/" + code).body()), "category", "DRUGS", "text",
				"Bí mật tuyệt đối số " + UUID.randomUUID()));
		List<byte[]> stored = this.jdbc.sql("select content from report order by id desc limit 1")
			.query(byte[].class)
			.list();
		assertThat(new String(stored.get(0), StandardCharsets.ISO_8859_1)).doesNotContain("mật");
		assertThat(this.jdbc.sql("""
				select o.username from report_key k join officer o on o.id = k.officer_id
				where k.report_id = (select max(id) from report) and k.holder = 'OFFICER'
				""").query(String.class).list()).as("wrapped for the post's commander and officers")
			.contains("kalang.commander", "kalang.officer")
			.doesNotContain("kalang.member", "huoiluong.officer", "admin");
	}

	private String point(String post, String kind) {
		return qrCode(post, kind);
	}

	private HttpRequest.Builder publicRequest(String path) {
		return HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("User-Agent", "Distinctive-Phone/7.1")
			.header("X-Forwarded-For", "198.51.100.23")
			.header("Accept", "text/html");
	}

	private String everyRowOfEveryTable() {
		StringBuilder all = new StringBuilder();
		for (String table : this.jdbc.sql("select tablename from pg_tables where schemaname = 'public'")
			.query(String.class)
			.list()) {
			this.jdbc.sql("select t::text from \"" + table + "\" t")
				.query(String.class)
				.list()
				.forEach((row) -> all.append(row).append('\n'));
		}
		return all.toString();
	}

	private List<Path> filesContaining(String needle) throws IOException {
		byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.walk(DATA_DIR)) {
			return files.filter(Files::isRegularFile).filter((f) -> contains(f, bytes)).toList();
		}
	}

	private static boolean contains(Path file, byte[] needle) {
		try {
			byte[] content = Files.readAllBytes(file);
			outer: for (int i = 0; i <= content.length - needle.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (content[i + j] != needle[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
