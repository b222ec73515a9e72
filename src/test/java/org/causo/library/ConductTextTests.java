package org.causo.library;

import org.causo.library.conduct.ConductText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pasted code of conduct is cut into numbered sections by the law library's parser,
 * whether they are written as articles or as numbered points.
 */
class ConductTextTests {

	@Test
	void sectionsWrittenAsArticlesKeepTheirHeadingAndText() {
		ConductPreview preview = ConductText.parse("", """
				QUY TẮC ỨNG XỬ
				Lời nói đầu.
				Điều 1. Với Nhân dân
				Tôn trọng Nhân dân.
				Không nhận quà.
				Điều 2. Với đồng đội
				Đoàn kết.
				""", ImportFormat.TEXT);
		assertThat(preview.title()).isEqualTo("QUY TẮC ỨNG XỬ");
		assertThat(preview.preamble()).isEqualTo("Lời nói đầu.");
		assertThat(preview.sections()).extracting(ConductSection::number, ConductSection::heading)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Với Nhân dân"),
					org.assertj.core.groups.Tuple.tuple("2", "Với đồng đội"));
		assertThat(preview.sections().get(0).paragraphs()).containsExactly("Tôn trọng Nhân dân.", "Không nhận quà.");
		assertThat(preview.sections().get(1).anchor()).isEqualTo("muc-2");
	}

	@Test
	void numberedPointsTakeTheirFirstLineAsHeading() {
		ConductPreview preview = ConductText.parse("Quy tắc", """
				1. Với Nhân dân
				Tôn trọng Nhân dân.
				2. Với đồng đội
				Đoàn kết.
				""", ImportFormat.TEXT);
		assertThat(preview.title()).isEqualTo("Quy tắc");
		assertThat(preview.sections()).extracting(ConductSection::heading)
			.containsExactly("Với Nhân dân", "Với đồng đội");
		assertThat(preview.sections().get(1).body()).isEqualTo("Đoàn kết.");
	}

	@Test
	void theTitleTypedAsThePreviewFoundItIsNotRepeatedInThePreamble() {
		String text = "QUY TẮC\nMở đầu.\nĐiều 1. Một\nMột.\n";
		assertThat(ConductText.parse("QUY TẮC", text, ImportFormat.TEXT).preamble()).isEqualTo("Mở đầu.");
	}

	@Test
	void aTextWithoutNumberedSectionsHasNone() {
		assertThat(ConductText.parse("", "Chỉ có lời.\nKhông có mục nào.", ImportFormat.TEXT).sections()).isEmpty();
	}

}
