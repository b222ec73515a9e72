package org.causo.library;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code of conduct: the demo's sample, publishing versions through the import page,
 * officers' read marks that a new version asks again, the public page's budget and QR
 * codes, and bad input answered 4xx in the reader's language.
 */
class CodeOfConductIntegrationTests extends IntegrationTest {

	static final String TEXT = """
			QUY TẮC THỬ %s
			Điều 1. Với Nhân dân
			Tôn trọng Nhân dân.
			Điều 2. Với đồng đội
			Đoàn kết.
			Điều 3. Trên mạng
			Không chia sẻ tin chưa kiểm chứng.
			""";

	/**
	 * Publishes a new version through the import page, as an administrator; its number.
	 */
	static int publish(IntegrationTest test, WebSession admin) {
		admin.get("/admin/conduct/import");
		Page saved = admin.post("/admin/conduct/import",
				Map.of("title", "", "content", TEXT.formatted(unique()), "formatName", "TEXT", "save", ""));
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		assertThat(saved.location()).matches(".*/conduct/v/\\d+\\?saved");
		return Integer.parseInt(saved.location().replaceAll(".*/conduct/v/(\\d+)\\?saved", "$1"));
	}

	private boolean marked(String username, int version) {
		return this.jdbc.sql("""
				select count(*) from conduct_read_mark m join conduct_version v on v.id = m.version_id
				where v.number = :n and m.officer_id = :o
				""").param("n", version).param("o", officerIdByUsername(username)).query(Long.class).single() > 0;
	}

	@Test
	void theDemoPublishesASampleThatTheCommandersHaveReadAndTheOthersNot() {
		Page page = session().get("/conduct/v/1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("(BẢN MẪU)").contains("id=\"muc-6\"").contains("1. Với Nhân dân");
		assertThat(marked("kalang.commander", 1)).isTrue();
		assertThat(marked("huoiluong.commander", 1)).isTrue();
		assertThat(marked("kalang.officer", 1)).isFalse();
		assertThat(marked("huoiluong.member", 1)).isFalse();
	}

	@Test
	void aPreviewShowsTheSectionsAndSavesNothing() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/conduct/import");
		long before = this.jdbc.sql("select count(*) from conduct_version").query(Long.class).single();
		Page preview = admin.post("/admin/conduct/import",
				Map.of("title", "", "content", TEXT.formatted("xem"), "formatName", "TEXT"));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("Tìm được 3 mục")
			.contains("2. Với đồng đội")
			.contains("value=\"QUY TẮC THỬ xem\"");
		assertThat(this.jdbc.sql("select count(*) from conduct_version").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aMarkIsOneClickIdempotentAndANewVersionAsksAgain() {
		WebSession admin = loggedIn("admin");
		int first = publish(this, admin);
		WebSession officer = loggedIn("kalang.officer");
		Page page = officer.get("/conduct");
		assertThat(page.body()).contains("Tôi đã đọc phiên bản này")
			.contains("name=\"version\" value=\"" + first + "\"");
		assertThat(officer.get("/").body()).contains("Bạn chưa đọc phiên bản hiện hành").contains("chưa đọc");
		Page marked = officer.post("/conduct/read", Map.of("version", String.valueOf(first)));
		assertThat(marked.status()).isEqualTo(302);
		assertThat(officer.follow(marked).body()).contains("Đã ghi nhận: bạn đã đọc phiên bản " + first);
		assertThat(officer.post("/conduct/read", Map.of("version", String.valueOf(first))).status()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				select count(*) from conduct_read_mark m join conduct_version v on v.id = m.version_id
				where v.number = :n and m.officer_id = :o
				""").param("n", first).param("o", officerIdByUsername("kalang.officer")).query(Long.class).single())
			.isEqualTo(1);
		assertThat(officer.get("/conduct").body()).contains("Bạn đã xác nhận đọc phiên bản " + first)
			.doesNotContain("Tôi đã đọc phiên bản này");
		assertThat(officer.get("/").body()).doesNotContain("Bạn chưa đọc phiên bản hiện hành");

		int second = publish(this, admin);
		assertThat(second).isEqualTo(first + 1);
		assertThat(officer.get("/conduct").body()).contains("Tôi đã đọc phiên bản này");
		assertThat(officer.get("/").body()).contains("Bạn chưa đọc phiên bản hiện hành");
		assertThat(marked("kalang.officer", first)).isTrue();
		assertThat(marked("kalang.officer", second)).isFalse();
		Page older = session().get("/conduct/v/" + first);
		assertThat(older.status()).isEqualTo(200);
		assertThat(older.body()).contains("Đây là một phiên bản cũ.");
	}

	@Test
	void aReaderWithoutAccountReadsItWithoutACookieAndCannotMark() {
		WebSession reader = session();
		Page page = reader.get("/conduct");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Tôi đã đọc phiên bản này").contains("/assets/js/offline-reading");
		assertThat(reader.cookiesSet()).isEmpty();
		Page mark = reader.post("/conduct/read", Map.of("version", "1"));
		assertThat(mark.status()).isIn(302, 401, 403);
		assertThat(reader.get("/conduct/readers").status()).isIn(302, 401, 403);
	}

	@Test
	void theReadingPageFitsThePublicBudgetCompressed() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/conduct/v/1"))
				.header("Accept-Encoding", "gzip")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(response.body().length).isLessThanOrEqualTo(14 * 1024);
	}

	@Test
	void badInputIsA4xxInTheReadersLanguage() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/conduct/import");
		Page empty = admin.post("/admin/conduct/import", Map.of("title", "", "content", " ", "formatName", "TEXT"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Chưa có văn bản nào để nhập.");
		Page none = admin.post("/admin/conduct/import?lang=en",
				Map.of("title", "", "content", "Just words.\nNo section at all.", "formatName", "TEXT", "save", ""));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("No numbered section found");
		Page format = admin.post("/admin/conduct/import", Map.of("content", "Điều 1. Một", "formatName", "PDF"));
		assertThat(format.status()).isEqualTo(400);
		assertThat(session().get("/conduct/v/999999").status()).isEqualTo(404);
		assertThat(session().get("/conduct/v/abc").status()).isEqualTo(400);
		assertThat(session().get("/conduct/v/999999?lang=en").body()).contains("not found");
		WebSession officer = loggedIn("kalang.officer");
		officer.get("/conduct");
		assertThat(officer.post("/conduct/read", Map.of("version", "999999")).status()).isEqualTo(404);
		assertThat(officer.get("/admin/conduct/import").status()).isEqualTo(403);
	}

	@Test
	void theApiGivesTheCurrentVersionAndTakesTheMark() {
		int version = publish(this, loggedIn("admin"));
		org.causo.support.ApiClient api = api("huoiluong.member");
		org.causo.support.ApiClient.Response current = api.get("/api/library/conduct");
		assertThat(current.status()).isEqualTo(200);
		assertThat(current.json().get("version").get("number").asInt()).isEqualTo(version);
		assertThat(current.json().get("version").get("sections")).hasSize(3);
		assertThat(current.json().get("read").asBoolean()).isFalse();
		assertThat(api.post("/api/library/conduct/read?version=" + version, Map.of()).status()).isEqualTo(200);
		assertThat(api.post("/api/library/conduct/read?version=" + version, Map.of()).status()).isEqualTo(200);
		assertThat(api.get("/api/library/conduct").json().get("read").asBoolean()).isTrue();
		assertThat(marked("huoiluong.member", version)).isTrue();
		org.causo.support.ApiClient.Response unknown = api.inLanguage("en")
			.post("/api/library/conduct/read?version=999999", Map.of());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("not found");
	}

}
