package org.causo.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.shared.SearchKey;
import org.causo.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality on the demo's 35 real resolutions (the 34 commune-merger resolutions of
 * 2025 and 60-NQ/TW): for each query the document expected, with and without diacritics,
 * decomposed, by number in several spellings and by phrase. Prints the share ranked first
 * and the mean reciprocal rank; fails unless every expected document ranks first.
 */
class LawSearchQualityIntegrationTests extends IntegrationTest {

	@Autowired
	LawLibrary library;

	record Case(String query, String expected) {

	}

	@Test
	void theExpectedDocumentRanksFirst() {
		List<Case> cases = new ArrayList<>(handPicked());
		List<Map<String, Object>> documents = this.jdbc
			.sql("select number, title from law_document where number like '%UBTVQH15' order by number")
			.query()
			.listOfRows();
		assertThat(documents).as("the demo's commune-merger resolutions").hasSize(34);
		for (Map<String, Object> doc : documents) {
			String number = (String) doc.get("number");
			String title = (String) doc.get("title");
			// "… CẤP XÃ CỦA TỈNH LAI CHÂU NĂM 2025" -> "tỉnh lai châu"
			String place = title.replaceAll("^.* CỦA (.*) NĂM 2025$", "$1").toLowerCase(Locale.forLanguageTag("vi"));
			String withMarks = "sắp xếp đơn vị hành chính cấp xã " + place;
			cases.add(new Case(withMarks, number));
			cases.add(new Case(SearchKey.of(withMarks), number));
			cases.add(new Case(Normalizer.normalize(withMarks, Normalizer.Form.NFD), number));
			cases.add(new Case(place.toUpperCase(Locale.ROOT), number));
			String digits = number.substring(0, number.indexOf('/'));
			cases.add(new Case(number, number));
			cases.add(new Case(digits + " NQ UBTVQH15", number));
			cases.add(new Case("nq " + digits, number));
			cases.add(new Case("nghi quyet so " + digits, number));
		}
		int first = 0;
		double reciprocal = 0;
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			int rank = rankOf(c);
			if (rank == 1) {
				first++;
			}
			else {
				misses.add(c.query() + " -> " + c.expected() + " at " + ((rank > 0) ? rank : "none"));
			}
			reciprocal += (rank > 0) ? 1.0 / rank : 0;
		}
		double share = (double) first / cases.size();
		double mrr = reciprocal / cases.size();
		System.out.printf("Law search quality: %d queries, %.1f%% ranked first, mean reciprocal rank %.3f%n",
				cases.size(), share * 100, mrr);
		misses.forEach((m) -> System.out.println("  not first: " + m));
		assertThat(share).as("share ranked first; misses: " + misses).isEqualTo(1.0);
		assertThat(mrr).isEqualTo(1.0);
	}

	/** Queries people would type, each with the one document it should find first. */
	private static List<Case> handPicked() {
		return List.of(new Case("nghị quyết 60", "60-NQ/TW"), new Case("nghi quyet 60", "60-NQ/TW"),
				new Case("60-NQ/TW", "60-NQ/TW"), new Case("60/NQ-TW", "60-NQ/TW"), new Case("60 NQ TW", "60-NQ/TW"),
				new Case("nq 60", "60-NQ/TW"), new Case("\"thi hành kỷ luật\"", "60-NQ/TW"),
				new Case("thi hanh ky luat truong hoa binh", "60-NQ/TW"),
				new Case("chính quyền địa phương 2 cấp", "60-NQ/TW"), new Case("Thu Lũm", "1670/NQ-UBTVQH15"),
				new Case("thu lum", "1670/NQ-UBTVQH15"),
				new Case(Normalizer.normalize("xã Thu Lũm", Normalizer.Form.NFD), "1670/NQ-UBTVQH15"),
				new Case("\"xã Thu Lũm\"", "1670/NQ-UBTVQH15"), new Case("ka lang", "1670/NQ-UBTVQH15"),
				new Case("\"tỉnh Lai Châu\"", "1670/NQ-UBTVQH15"), new Case("dien bien", "1661/NQ-UBTVQH15"),
				new Case("\"tỉnh Điện Biên\"", "1661/NQ-UBTVQH15"),
				new Case("khoa hoc cong nghe doi moi sang tao chuyen doi so", "60-NQ/TW"),
				new Case("HỢP NHẤT TỈNH TUYÊN QUANG VÀ TỈNH HÀ GIANG", "60-NQ/TW"),
				new Case("bầu cử đại biểu Quốc hội khóa XVI", "60-NQ/TW"));
	}

	/**
	 * Where the expected document's first article comes, counting documents; 0 when
	 * absent.
	 */
	private int rankOf(Case c) {
		List<LawResults.DocumentHits> found = this.library.search(c.query()).documents();
		for (int i = 0; i < found.size(); i++) {
			if (found.get(i).document().number().equals(c.expected())) {
				return i + 1;
			}
		}
		return 0;
	}

}
