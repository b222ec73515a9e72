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
 * The public law library: search and document pages open to anyone, set no cookie, fit
 * the public page budget and answer in the reader's language.
 */
class LawPagesIntegrationTests extends IntegrationTest {

	private long idOf(String number) {
		return this.jdbc.sql("select id from law_document where number = :n")
			.param("n", number)
			.query(Long.class)
			.single();
	}

	@Test
	void anyoneSearchesWithoutLoggingInAndGetsArticlesGroupedByDocumentWithDeepLinks() {
		WebSession reader = session();
		Page page = reader.get("/law?q=thu+lum");
		assertThat(page.status()).isEqualTo(200);
		long laiChau = idOf("1670/NQ-UBTVQH15");
		assertThat(page.body()).contains("1670/NQ-UBTVQH15")
			.contains("href=\"/law/" + laiChau + "#dieu-1\"")
			.contains("<mark>Thu Lũm</mark>");
		assertThat(reader.cookiesSet()).isEmpty();
	}

	@Test
	void theLibrarysFrontPageListsDocumentsAndAnEmptyResultSaysSo() {
		assertThat(session().get("/law").body()).contains("1687/NQ-UBTVQH15").contains("name=\"q\"");
		assertThat(session().get("/law?q=zzqqxx").body()).contains("Không tìm thấy kết quả cho");
		assertThat(session().get("/law?q=zzqqxx", "en").body()).contains("Nothing found for");
	}

	@Test
	void aDocumentPageHasItsContentsAnchorsPerArticleAndItsStatus() {
		long laiChau = idOf("1670/NQ-UBTVQH15");
		Page page = session().get("/law/" + laiChau);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"#dieu-1\"", "href=\"#dieu-3\"", "id=\"dieu-1\"", "id=\"dieu-3\"")
			.contains("Còn hiệu lực")
			.contains("Ủy ban Thường vụ Quốc hội")
			.contains("16/06/2025");
		assertThat(session().get("/law/" + laiChau + "?lang=en").body()).contains("In force", "Article 1.");
		long party = idOf("60-NQ/TW");
		assertThat(session().get("/law/" + party).body()).contains("id=\"muc-12\"");
		assertThat(session().get("/law/999999999").status()).isEqualTo(404);
	}

	@Test
	void everyDemoDocumentsPageFitsThePublicBudgetCompressedWithoutScript() throws Exception {
		java.util.List<Long> ids = this.jdbc.sql("select id from law_document where imported_by = 'system'")
			.query(Long.class)
			.list();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(35);
		HttpClient http = HttpClient.newHttpClient();
		for (long id : ids) {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/law/" + id))
				.header("Accept-Encoding", "gzip")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(response.body().length).as("/law/" + id).isLessThanOrEqualTo(14 * 1024);
			String html = new String(
					new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			// the one script is the offline reader's, loaded after the page (defer)
			assertThat(html.split("<script", -1)).as("/law/" + id + ": scripts").hasSizeLessThanOrEqualTo(2);
			assertThat(html).doesNotContain("<script>");
		}
	}

	@Test
	void theResultsPageOfACommonQueryFitsThePublicBudgetCompressed() throws Exception {
		// words in every demo resolution: the most results a page shows
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(baseUrl() + "/law?q=s%E1%BA%AFp+x%E1%BA%BFp+%C4%91%C6%A1n+v%E1%BB%8B"
						+ "+h%C3%A0nh+ch%C3%ADnh+c%E1%BA%A5p+x%C3%A3"))
				.header("Accept-Encoding", "gzip")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(
				new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html.split("class=\"law-hit\"", -1)).as("documents found").hasSizeGreaterThan(10);
		assertThat(response.body().length).isLessThanOrEqualTo(14 * 1024);
	}

	@Test
	void theImportPageIsForAdministratorsOnly() {
		assertThat(session().get("/admin/law/import").status()).isEqualTo(302);
		assertThat(loggedIn("kalang.officer").get("/admin/law/import").status()).isEqualTo(403);
		assertThat(loggedIn("admin").get("/admin/law/import").status()).isEqualTo(200);
	}

	@Test
	void aDocumentLinkedToAnotherShowsOnBothPages() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/law/import");
		String number = "9" + (System.nanoTime() % 100000) + "/NQ-TEST";
		String text = "Số: " + number
				+ "\nNGHỊ QUYẾT\nSửa đổi thử\nĐiều 1. Sửa đổi\nSửa tên xã.\nĐiều 2. Hiệu lực\nCó hiệu lực.";
		Page saved = admin.postFiles("/admin/law/import",
				Map.of("save", "", "content", text, "format", "TEXT", "number", number, "type", "RESOLUTION", "title",
						"Sửa đổi thử", "issuer", "Thử", "signedOn", "2025-07-01", "status", "IN_FORCE", "amends",
						"1670/NQ-UBTVQH15"),
				"file", java.util.List.of());
		assertThat(saved.status()).isEqualTo(302);
		long id = idOf(number);
		assertThat(saved.location()).endsWith("/law/" + id + "?saved");
		assertThat(session().get("/law/" + id).body()).contains("Sửa đổi văn bản")
			.contains("href=\"/law/" + idOf("1670/NQ-UBTVQH15") + "\"");
		assertThat(session().get("/law/" + idOf("1670/NQ-UBTVQH15")).body()).contains("Được sửa đổi bởi")
			.contains(number);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'LAW_DOCUMENT_IMPORTED' and target_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
