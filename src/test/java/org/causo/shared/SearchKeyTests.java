package org.causo.shared;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTests {

	@Test
	void foldsVietnameseWhateverTheFormAndCase() {
		assertThat(SearchKey.of("Thu Lũm")).isEqualTo("thu lum");
		assertThat(SearchKey.of("  THU   LŨM ")).isEqualTo("thu lum");
		assertThat(SearchKey.of(Normalizer.normalize("Thu Lũm", Normalizer.Form.NFD))).isEqualTo("thu lum");
		assertThat(SearchKey.of("Đồn Biên phòng Ka Lăng")).isEqualTo("don bien phong ka lang");
		assertThat(SearchKey.of(null)).isEmpty();
	}

	@Test
	void theFastPathGivesTheDefinitionForEveryCharacter() {
		for (int c = 0; c <= 0xFFFF; c++) {
			String one = "a" + (char) c + "b";
			assertThat(SearchKey.of(one)).as("U+%04X", c).isEqualTo(SearchKey.reference(one));
			String alone = String.valueOf((char) c);
			assertThat(SearchKey.of(alone)).as("U+%04X alone", c).isEqualTo(SearchKey.reference(alone));
		}
	}

	@Test
	void theFastPathGivesTheDefinitionForMixedTexts() {
		String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợ"
				+ "úùủũụứừửữựýỳỷỹỵÁÀẢÃẠỐỒỔỖỘỨỪỬỮỰ \t\n\r\u00a0\u0300\u0301\u0303\u0309\u0323-.'0123456789"
				+ "\u2003\u3000中文ñçßİı\u001c";
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(24); k > 0; k--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String t = (i % 2 == 0) ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);
			assertThat(SearchKey.of(t)).as("[%s]", t).isEqualTo(SearchKey.reference(t));
		}
	}

	@Test
	void cleaningWithoutTheRegularExpressionGivesTheSameNamesAsWithIt() {
		String alphabet = "aăÂđ Lò Văn\t\n\r\u000b\f\u00a0\u2003\u3000\u0301\u001c-";
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(12); k > 0; k--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String t = text.toString();
			String expected = Normalizer.normalize(t, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
			assertThat(SearchKey.clean(t)).as("[%s]", t).isEqualTo(expected);
		}
		assertThat(SearchKey.clean("  Lò   Văn\tHùng ")).isEqualTo("Lò Văn Hùng");
		assertThat(SearchKey.clean(null)).isNull();
	}

}
