package org.causo.fieldwork.demo;

import java.util.SplittableRandom;

/**
 * Invented names of support-team volunteers in the patterns of Lai Châu (Kinh "Nguyễn Văn
 * …", Thái "Lò Văn …", Mông "Giàng A …", Dao "Tẩn Láo …", Hà Nhì "Lý Gạ …", Giáy "Vàng
 * Văn …") and where they come from. For the demo only; no real person is meant.
 */
final class DemoNames {

	/** Surnames, middle names of men and women, given names of men and women. */
	private static final String[][][] GROUPS = {
			{ split("Nguyễn Trần Lê Phạm Hoàng Vũ Đỗ Bùi Đặng Ngô Đinh"), split("Văn Đức Minh Quang"),
					split("Thị Thu Thanh"), split("Hùng Dũng Tuấn Nam Long Sơn Hải Quang Thắng Hiếu Bình Cường"),
					split("Hoa Lan Hương Mai Thủy Hằng Nga Linh Trang Thảo Hà") },
			{ split("Lò Tòng Lường Quàng Cà Lù Điêu Vì Mè"), split("Văn"), split("Thị"),
					split("Hùng Xôm Phanh Ún Chăn Hoan Bun Thanh Khăm Xiêng"),
					split("Ơn Phỏng Xuân Ngoan Bua Kim Oanh") },
			{ split("Giàng Sùng Vàng Thào Lý Hầu Mùa Lầu Tráng Hạng"), split("A Seo Mí"), split("Thị Mí"),
					split("Páo Sử Chứ Dơ Lử Tủa Chinh Pó Dế"), split("Mỷ Dở Sua Dế Mai Pàng Chá Xúa") },
			{ split("Tẩn Lý Phàn Chảo Triệu Đặng Bàn"), split("Láo Văn A Phủ"), split("Thị Tả"),
					split("San Pao Chòi Sảo Quẩy Phẩu Kiềm"), split("Mẩy Chài Sỉ Xá Dủa Phấy") },
			{ split("Lý Chu Pờ Hù Sừ Phu Chang"), split("Gạ Mò Xè A"), split("Thị Mé"), split("Xá Phà Dé Giá Hừ Chừ"),
					split("Mé Dà Sừ Xe Pà Mì") },
			{ split("Vàng Lù Hoàng Giàng Sần"), split("Văn"), split("Thị"), split("Sáng Kim Chu Tiến Ngân Thinh"),
					split("Lan Duyên Sửu Thu Hiền") } };

	/** Where volunteers come from; %s is the post's name. Weights in percent. */
	private static final Object[][] AFFILIATIONS = { { "Cán bộ Đồn Biên phòng %s", 55 }, { "Đoàn thanh niên xã", 15 },
			{ "Hội Liên hiệp phụ nữ xã", 10 }, { "Giáo viên điểm trường", 8 }, { "Trưởng bản", 7 },
			{ "Công an xã", 5 } };

	private DemoNames() {
	}

	/** A name and an affiliation; officers of the post are more often Kinh. */
	static String[] volunteer(SplittableRandom r, String postName) {
		int roll = r.nextInt(100);
		String affiliation = null;
		for (Object[] a : AFFILIATIONS) {
			roll -= (Integer) a[1];
			if (roll < 0) {
				affiliation = String.format((String) a[0], postName);
				break;
			}
		}
		boolean officer = affiliation != null && affiliation.startsWith("Cán bộ");
		String[][] group = GROUPS[(officer && r.nextInt(100) < 60) ? 0 : r.nextInt(GROUPS.length)];
		boolean male = r.nextInt(100) < (officer ? 85 : 50);
		String name = pick(r, group[0]) + " " + pick(r, male ? group[1] : group[2]) + " "
				+ pick(r, male ? group[3] : group[4]);
		return new String[] { name, affiliation };
	}

	private static String pick(SplittableRandom r, String[] options) {
		return options[r.nextInt(options.length)];
	}

	private static String[] split(String words) {
		return words.split(" ");
	}

}
