package org.causo.library;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.causo.support.IntegrationTest;
import org.causo.support.WebSession;
import org.causo.support.WebSession.Page;
import org.causo.support.WebSession.Upload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page: a preview that saves nothing, then a save; bad input answered 400 in
 * the administrator's language, each case.
 */
class LawImportIntegrationTests extends IntegrationTest {

	private static final String LAW = """
			QUỐC HỘI
			Luật số: %s
			LUẬT
			THỬ NGHIỆM NHẬP
			Chương I
			QUY ĐỊNH CHUNG
			Điều 1. Phạm vi điều chỉnh
			Luật này quy định việc thử nghiệm.
			Chương II
			THI HÀNH
			Điều 2. Hiệu lực thi hành
			Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
			""";

	private WebSession admin() {
		WebSession admin = loggedIn("admin");
		admin.get("/admin/law/import");
		return admin;
	}

	private long count() {
		return this.jdbc.sql("select count(*) from law_document").query(Long.class).single();
	}

	private static String number() {
		return "7" + unique().replaceAll("[a-f]", "") + "/2025/QH15";
	}

	@Test
	void anUploadedFileIsPreviewedWithItsDetailsAndSavedOnlyWhenAsked() {
		WebSession admin = admin();
		String number = number();
		long before = count();
		Page preview = admin.postFiles("/admin/law/import", Map.of("action", "preview"), "file",
				List.of(new Upload("luat.txt", "text/plain", LAW.formatted(number).getBytes(StandardCharsets.UTF_8))));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("Xem trước: 2 chương, 2 điều")
			.contains("Điều 1. Phạm vi điều chỉnh")
			.contains("value=\"" + number + "\"")
			.contains("value=\"2026-07-01\"")
			.contains("Quốc hội");
		assertThat(count()).isEqualTo(before);
		Page saved = admin.postFiles("/admin/law/import",
				Map.of("save", "", "content", LAW.formatted(number), "format", "TEXT", "number", number, "type", "LAW",
						"title", "Thử nghiệm nhập", "issuer", "Quốc hội", "signedOn", "2025-06-01", "effectiveOn",
						"2026-07-01", "status", "IN_FORCE"),
				"file", List.of());
		assertThat(saved.status()).isEqualTo(302);
		assertThat(count()).isEqualTo(before + 1);
		assertThat(session().get("/law?q=" + number.replace("/", "%2F")).body()).contains("Phạm vi điều chỉnh");
	}

	@Test
	void markdownAndHtmlArePreviewedToo() {
		WebSession admin = admin();
		Page md = admin.postFiles("/admin/law/import", Map.of("action", "preview"), "file",
				List.of(new Upload("nq.md", "text/markdown",
						"**NGHỊ QUYẾT**\n\n**Điều 1. Một**\n\nNội dung\nmột.\n\n**Điều 2. Hai**\n\nHai."
							.getBytes(StandardCharsets.UTF_8))));
		assertThat(md.body()).contains("Xem trước: 0 chương, 2 điều");
		Page html = admin.postFiles("/admin/law/import",
				Map.of("action", "preview", "content", "<p>CHƯƠNG I</p><p>A</p><h4>Điều 1. Một</h4><p>Một.</p>"),
				"file", List.of());
		assertThat(html.body()).contains("Xem trước: 1 chương, 1 điều").contains("value=\"HTML\" selected");
	}

	@Test
	void anEmptyImportIsRefusedInTheAdministratorsLanguage() {
		WebSession admin = admin();
		Page empty = admin.postFiles("/admin/law/import", Map.of("action", "preview", "content", " "), "file",
				List.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("Nội dung trống");
		Page english = admin.postFiles("/admin/law/import?lang=en", Map.of("action", "preview", "content", ""), "file",
				List.of());
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.body()).contains("Nothing to import");
	}

	@Test
	void aTooBigFileIsRefused() {
		byte[] big = ("Điều 1. A\n" + "x".repeat(LawImport.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
		Page page = admin().postFiles("/admin/law/import", Map.of("action", "preview"), "file",
				List.of(new Upload("big.txt", "text/plain", big)));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Văn bản quá lớn (tối đa 2 MB)");
	}

	@Test
	void aTextWithoutAnyArticleIsRefused() {
		Page page = admin().postFiles("/admin/law/import",
				Map.of("action", "preview", "content", "Chỉ là một đoạn văn, không có điều nào."), "file", List.of());
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Không tìm thấy điều nào");
	}

	@Test
	void aFileOfTheWrongTypeIsRefused() {
		WebSession admin = admin();
		Page pdf = admin.postFiles("/admin/law/import", Map.of("action", "preview"), "file", List
			.of(new Upload("luat.pdf", "application/pdf", "%PDF-1.7 Điều 1. A".getBytes(StandardCharsets.UTF_8))));
		assertThat(pdf.status()).isEqualTo(400);
		assertThat(pdf.body()).contains("Chỉ nhận văn bản thuần");
		Page binary = admin.postFiles("/admin/law/import", Map.of("action", "preview"), "file",
				List.of(new Upload("luat.txt", "text/plain", new byte[] { (byte) 0xC3, 0x28, 0, 1, 2 })));
		assertThat(binary.status()).isEqualTo(400);
		assertThat(binary.body()).contains("Chỉ nhận văn bản thuần");
	}

	@Test
	void aNumberAlreadyInTheLibraryInAnotherSpellingIsRefused() {
		WebSession admin = admin();
		Page page = admin.postFiles("/admin/law/import",
				Map.of("save", "", "content", LAW.formatted("1"), "format", "TEXT", "number", "60/NQ-TW", "type", "LAW",
						"title", "T", "issuer", "Q", "signedOn", "2025-06-01", "status", "IN_FORCE"),
				"file", List.of());
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Thư viện đã có văn bản số 60/NQ-TW");
		Page missing = admin
			.postFiles("/admin/law/import",
					Map.of("save", "", "content", LAW.formatted("1"), "format", "TEXT", "number", number(), "type",
							"LAW", "title", "", "issuer", "Q", "signedOn", "2025-13-01", "status", "IN_FORCE"),
					"file", List.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("Ngày không hợp lệ");
	}

}
