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

	/** Invented hamlets of the 11 border communes. */
	static final Map<String, List<String>> HAMLETS = Map.ofEntries(
			Map.entry("03439", List.of("Bản Lò Suối Tủng", "Bản Ka Lăng", "Bản Pa Thắng", "Bản Hà Xe", "Bản Gò Cứ")),
			Map.entry("03442", List.of("Bản Nhú Ma", "Bản Pa Ủ", "Bản Tá Bạ", "Bản Xà Hồ")),
			Map.entry("03451", List.of("Bản Mù Cả", "Bản Ma Ký", "Bản Tạng Ma")),
			Map.entry("03445", List.of("Bản Nậm Khao", "Bản Phìn Khò", "Bản Bum")),
			Map.entry("03433", List.of("Bản Pa Vệ Sử", "Bản Kan Hồ", "Bản Nậm Củm")),
			Map.entry("03503", List.of("Bản Pa Tần", "Bản Nậm Ban", "Bản Trung Chải")),
			Map.entry("03529", List.of("Bản Làng Mô", "Bản Tả Ngảo", "Bản Sin Chải")),
			Map.entry("03549", List.of("Bản Huổi Luông", "Bản Ma Ly Pho", "Bản Hoang Thèn", "Bản Lả Mù Khoang")),
			Map.entry("03562", List.of("Bản Vàng Ma Chải", "Bản Mồ Sì San", "Bản Pa Vây Sử", "Bản Seo Lèng")),
			Map.entry("03571", List.of("Bản Dào San", "Bản Tông Qua Lìn", "Bản Mù Sang")),
			Map.entry("03583", List.of("Bản Khổng Lào", "Bản Nà Củng", "Bản Na Lang")));

	private LaiChau() {
	}

}
