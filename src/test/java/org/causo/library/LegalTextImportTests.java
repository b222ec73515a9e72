package org.causo.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.causo.library.importing.HeaderDetector;
import org.causo.library.importing.LegalTextParser;
import org.causo.library.importing.SourceText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chapters and articles found in text, Markdown and HTML, and the header read from the
 * real resolutions the demo imports.
 */
class LegalTextImportTests {

	static final Path LEGAL = Path.of("src/main/resources/library/legal");

	private static DocumentText parse(String content, ImportFormat format) {
		return LegalTextParser.parse(SourceText.paragraphs(content, format));
	}

	@Test
	void everyCommuneMergerResolutionHasItsThreeArticlesAndItsHeader() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(LEGAL)) {
			files = list.filter((p) -> p.getFileName().toString().contains("UBTVQH15")).sorted().toList();
		}
		assertThat(files).hasSize(34);
		for (Path file : files) {
			DocumentText text = parse(Files.readString(file), ImportFormat.MARKDOWN);
			assertThat(text.articles()).as(file.toString())
				.extracting(DocumentText.Article::number)
				.containsExactly("1", "2", "3");
			DocumentDetails details = HeaderDetector.detect(text);
			String number = file.getFileName().toString().replace(".md", "").replace('_', '/');
			assertThat(details.number()).as(file.toString()).isEqualTo(number);
			assertThat(details.type()).isEqualTo(DocumentType.RESOLUTION);
			assertThat(details.signedOn()).as(file.toString()).isEqualTo(LocalDate.of(2025, 6, 16));
			assertThat(details.issuer()).isEqualTo("Ủy ban Thường vụ Quốc hội");
			assertThat(details.title()).as(file.toString()).startsWith("VỀ VIỆC SẮP XẾP");
			assertThat(text.articles().get(2).body()).as(file.toString()).doesNotContain("Nơi nhận");
		}
	}

	@Test
	void laiChausResolutionIsReadWhateverItsTonemarks() throws IOException {
		DocumentText text = parse(Files.readString(LEGAL.resolve("1670_NQ-UBTVQH15.md")), ImportFormat.MARKDOWN);
		assertThat(text.articles().get(0).title()).isEqualTo("Sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu");
		assertThat(text.articles().get(0).body()).contains("xã Thu Lũm");
		assertThat(HeaderDetector.detect(text).effectiveOn()).isEqualTo(LocalDate.of(2025, 6, 16));
	}

	@Test
	void aPartyResolutionIsCutAtItsNumberedPoints() throws IOException {
		DocumentText text = parse(Files.readString(LEGAL.resolve("60-NQ_TW.md")), ImportFormat.MARKDOWN);
		assertThat(text.numberedPoints()).isTrue();
		assertThat(text.articles()).hasSize(13);
		assertThat(text.articles().get(11).body()).startsWith("Thi hành kỷ luật").doesNotContain("Nơi nhận");
		// the list of the 34 provinces after the signature is kept, as an annex
		DocumentText.Article annex = text.articles().get(12);
		assertThat(annex.annex()).isTrue();
		assertThat(annex.title()).startsWith("DANH SÁCH DỰ KIẾN TÊN GỌI CÁC TỈNH");
		assertThat(annex.body()).contains("Hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang").doesNotContain("Tô Lâm");
		DocumentDetails details = HeaderDetector.detect(text);
		assertThat(details.number()).isEqualTo("60-NQ/TW");
		assertThat(details.issuer()).isEqualTo("Ban Chấp hành Trung ương Đảng");
		assertThat(details.signedOn()).isEqualTo(LocalDate.of(2025, 4, 12));
	}

	@Test
	void chaptersAndArticlesAreFoundInPlainText() {
		String text = """
				QUỐC HỘI
				Luật số: 99/2025/QH15
				LUẬT
				THỬ NGHIỆM
				Chương I
				NHỮNG QUY ĐỊNH CHUNG
				Điều 1. Phạm vi điều chỉnh
				Luật này quy định về thử nghiệm.
				Điều 2. Đối tượng áp dụng
				Luật này áp dụng với mọi người.
				Chương II. THỰC HIỆN
				Điều 3: Hiệu lực thi hành
				Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
				""";
		DocumentText parsed = parse(text, ImportFormat.TEXT);
		assertThat(parsed.chapters()).extracting(DocumentText.Chapter::number, DocumentText.Chapter::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("I", "NHỮNG QUY ĐỊNH CHUNG"),
					org.assertj.core.groups.Tuple.tuple("II", "THỰC HIỆN"));
		assertThat(parsed.articlesOf(1)).extracting(DocumentText.Article::title)
			.containsExactly("Phạm vi điều chỉnh", "Đối tượng áp dụng");
		assertThat(parsed.articlesOf(2)).singleElement()
			.satisfies((a) -> assertThat(a.body())
				.isEqualTo("Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026."));
		assertThat(parsed.preamble()).contains("Luật số: 99/2025/QH15");
		DocumentDetails details = HeaderDetector.detect(parsed);
		assertThat(details.type()).isEqualTo(DocumentType.LAW);
		assertThat(details.number()).isEqualTo("99/2025/QH15");
		assertThat(details.issuer()).isEqualTo("Quốc hội");
		assertThat(details.effectiveOn()).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void chaptersAndArticlesAreFoundInHtml() {
		String html = """
				<html><head><style>p{}</style></head><body>
				<p>Số: 12/2025/NĐ-CP</p><p style="text-align:center"><b>NGHỊ ĐỊNH</b></p>
				<p><b>CHƯƠNG I</b><br>QUY ĐỊNH CHUNG</p>
				<h3>Điều 1. Phạm vi</h3><p>Nghị định này quy định
				   chi tiết.</p><p>1. Khoản một.</p>
				<div><p><strong>Điều 2.</strong> Hiệu lực</p><p>Có hiệu lực &amp; thi hành.</p></div>
				</body></html>
				""";
		DocumentText parsed = parse(html, ImportFormat.HTML);
		assertThat(parsed.chapters()).singleElement()
			.satisfies((c) -> assertThat(c.title()).isEqualTo("QUY ĐỊNH CHUNG"));
		assertThat(parsed.articles()).extracting(DocumentText.Article::title).containsExactly("Phạm vi", "Hiệu lực");
		assertThat(parsed.articles().get(0).paragraphs()).containsExactly("Nghị định này quy định chi tiết.",
				"1. Khoản một.");
		assertThat(parsed.articles().get(1).body()).isEqualTo("Có hiệu lực & thi hành.");
		assertThat(HeaderDetector.detect(parsed).type()).isEqualTo(DocumentType.DECREE);
	}

	@Test
	void markdownJoinsWrappedLinesAndDropsItsMarks() {
		String md = """
				# NGHỊ QUYẾT

				**Điều 1. Sắp xếp các
				đơn vị**

				1\\. Sắp xếp *toàn bộ* diện tích
				tự nhiên.

				| a | b |
				|---|---|
				| ô một | ô hai |
				""";
		DocumentText parsed = parse(md, ImportFormat.MARKDOWN);
		assertThat(parsed.articles()).singleElement().satisfies((a) -> {
			assertThat(a.title()).isEqualTo("Sắp xếp các đơn vị");
			assertThat(a.paragraphs()).containsExactly("1. Sắp xếp toàn bộ diện tích tự nhiên.", "a b", "ô một ô hai");
		});
	}

	@Test
	void aTextWithoutArticlesHasNone() {
		assertThat(parse("Một đoạn văn.\n\nĐiều này không phải là điều.\n1. Một ý.", ImportFormat.TEXT).articles())
			.isEmpty();
	}

}
