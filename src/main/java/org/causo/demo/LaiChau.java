package org.causo.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo's picture of Lai Châu. Communes and codes are real (statistics office, 2025).
 * Which 11 communes count as border communes, which communes each post covers, and every
 * hamlet name are invented for the demo, in the style of the region's names.
 */
final class LaiChau {

	static final String PROVINCE_CODE = "12";

	/** Post name to the codes of the communes it covers. */
	static final Map<String, List<String>> POSTS = Map.ofEntries(Map.entry("Ka Lăng", List.of("03439")),
			Map.entry("Thu Lũm", List.of("03439")), Map.entry("Pa Ủ", List.of("03442")),
			Map.entry("Mù Cả", List.of("03451")), Map.entry("Tá Bạ", List.of("03442", "03445")),
			Map.entry("Pa Vệ Sử", List.of("03433")), Map.entry("Pa Tần", List.of("03503", "03529")),
			Map.entry("Huổi Luông", List.of("03549")), Map.entry("Ma Lù Thàng", List.of("03549")),
			Map.entry("Vàng Ma Chải", List.of("03562")), Map.entry("Sì Lở Lầu", List.of("03562")),
			Map.entry("Mồ Sì San", List.of("03562")), Map.entry("Dào San", List.of("03571", "03583")));

	/**
	 * Invented hamlets of the 11 border communes, 10 to 15 each, so that the demo's
	 * 25,000 households spread over hamlets of a plausible size (a hundred to three
	 * hundred).
	 */
	static final Map<String, List<String>> HAMLETS = Map.ofEntries(
			Map.entry("03439",
					List.of("Bản Lò Suối Tủng", "Bản Ka Lăng", "Bản Pa Thắng", "Bản Hà Xe", "Bản Gò Cứ", "Bản Ú Ma",
							"Bản Mu Ma", "Bản Lò Ma", "Bản Pa Bó", "Bản Chà Kồ", "Bản Xà Pin", "Bản Khò Ma",
							"Bản Nhu Thàng", "Bản Phìn Hồ")),
			Map.entry("03442", List.of("Bản Nhú Ma", "Bản Pa Ủ", "Bản Tá Bạ", "Bản Xà Hồ", "Bản Hô Be", "Bản Pa Khà",
					"Bản Chang Hồ", "Bản Lò Sử Thàng", "Bản Phìn Khư", "Bản Cu Vai", "Bản Nhóm Pờ", "Bản Hà Nê")),
			Map.entry("03451",
					List.of("Bản Mù Cả", "Bản Ma Ký", "Bản Tạng Ma", "Bản Sì Thâu Chải", "Bản Nhiều Sang", "Bản Mù Xá",
							"Bản Hà Tê", "Bản Vàng San", "Bản Cang Ma", "Bản Ló Mé")),
			Map.entry("03445",
					List.of("Bản Nậm Khao", "Bản Phìn Khò", "Bản Bum", "Bản Nà Hừ", "Bản Nậm Cha", "Bản Pắc Ma",
							"Bản Mường Mô", "Bản Cò Lót", "Bản Nậm Hài", "Bản Phiêng Cài")),
			Map.entry("03433",
					List.of("Bản Pa Vệ Sử", "Bản Kan Hồ", "Bản Nậm Củm", "Bản Bum Tở", "Bản Nậm Pục", "Bản Hát Xi",
							"Bản Xi Nế", "Bản Nậm Dính", "Bản Mé Gióng", "Bản Pá Ngừa", "Bản Huổi Lếch")),
			Map.entry("03503",
					List.of("Bản Pa Tần", "Bản Nậm Ban", "Bản Trung Chải", "Bản Nậm Cuổi", "Bản Huổi Lắp",
							"Bản Pa Cheo", "Bản Nậm Chàng", "Bản Hua Pẩu", "Bản Phiêng Pẻn", "Bản Lả Pá")),
			Map.entry("03529",
					List.of("Bản Làng Mô", "Bản Tả Ngảo", "Bản Sin Chải", "Bản Tủa Sín Chải", "Bản Tả Phìn",
							"Bản Sà Dề Phìn", "Bản Hồng Ngài", "Bản Làng Sáng", "Bản Phì Chải", "Bản Sín Chải Khoang")),
			Map.entry("03549",
					List.of("Bản Huổi Luông", "Bản Ma Ly Pho", "Bản Hoang Thèn", "Bản Lả Mù Khoang", "Bản Nà Cúng",
							"Bản Tông Chò", "Bản Pa Ngài", "Bản Lếch Lùng", "Bản Nậm Lùng", "Bản Sin Câu",
							"Bản Thèn Sin", "Bản Ma Lù Thàng", "Bản Nậm Cáy", "Bản Lản Nhì Thàng")),
			Map.entry("03562",
					List.of("Bản Vàng Ma Chải", "Bản Mồ Sì San", "Bản Pa Vây Sử", "Bản Seo Lèng", "Bản Sì Lở Lầu",
							"Bản Lả Chà", "Bản Tả Phời", "Bản Gia Khâu", "Bản Thào Sảng", "Bản Mò Sì Thàng",
							"Bản Lũng Than", "Bản Hồ Sì Pan", "Bản Phìn Chải", "Bản Tả Chải", "Bản Lẻng Su Sìn")),
			Map.entry("03571",
					List.of("Bản Dào San", "Bản Tông Qua Lìn", "Bản Mù Sang", "Bản Tả Lán Than", "Bản Sin Chải Dào",
							"Bản Cò Ký", "Bản Ma Ly Chải", "Bản Hợp 1", "Bản Hợp 2", "Bản Ngải Thầu", "Bản Vàng Pheo")),
			Map.entry("03583",
					List.of("Bản Khổng Lào", "Bản Nà Củng", "Bản Na Lang", "Bản Nà Vàn", "Bản Nà Pẻ", "Bản Nậm Cầy",
							"Bản Huổi Mắc", "Bản Hoang Thán", "Bản Nà Hum", "Bản Mường So", "Bản Pa Thắng Dưới")));

	private LaiChau() {
	}

}
