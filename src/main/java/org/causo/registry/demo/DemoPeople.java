package org.causo.registry.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.causo.registry.Ethnicity;
import org.causo.registry.Language;
import org.causo.registry.Sex;

/**
 * Invented names in the patterns of Lai Châu's ethnic groups (Thái "Lò Văn …", Mông
 * "Giàng A …", Dao "Tẩn Láo …", Hà Nhì "Lý Gạ …", Kinh "Nguyễn Văn …"), and which groups
 * live in which border commune. For the demo only; no real person is meant.
 */
final class DemoPeople {

	/**
	 * How a group names people.
	 *
	 * @param surnames family names
	 * @param maleMiddles middle names of men
	 * @param femaleMiddles middle names of women
	 * @param maleGiven given names of men
	 * @param femaleGiven given names of women
	 * @param language the language spoken at home
	 * @param readsShare how many adults under 60 read Vietnamese well, in percent
	 */
	record Group(String[] surnames, String[] maleMiddles, String[] femaleMiddles, String[] maleGiven,
			String[] femaleGiven, Language language, int readsShare) {

		String name(SplittableRandom random, Sex sex, String surname) {
			boolean male = sex == Sex.MALE;
			return surname + " " + pick(random, male ? this.maleMiddles : this.femaleMiddles) + " "
					+ pick(random, male ? this.maleGiven : this.femaleGiven);
		}

	}

	static final Map<Ethnicity, Group> GROUPS = new EnumMap<>(Ethnicity.class);

	static {
		GROUPS.put(Ethnicity.THAI,
				new Group(split("Lò Tòng Lường Quàng Cà Lù Điêu Vì Hoàng Mè"), split("Văn"), split("Thị"),
						split("Hùng Xôm Phanh Pánh Ún Chăn Hoan Bun Thanh Ướn Khăm Piêng Inh Xiêng"),
						split("Ơn Phỏng Xuân Ngoan Ín Bua Lả Kim Pâng Hiên Oanh Mai Xiên"), Language.THAI, 75));
		GROUPS.put(Ethnicity.MONG,
				new Group(split("Giàng Sùng Vàng Thào Lý Hầu Mùa Lầu Tráng Cứ Hạng Chá Sình"),
						split("A A A Seo Mí Chứ"), split("Thị Thị Mí"),
						split("Páo Sử Chứ Dơ Lử Tủa Chinh Pó Dế Súa Nủ Lồng Sính Chơ Sùng"),
						split("Mỷ Dở Sua Dế Mai Pàng Chá Xúa Kía Dua Sinh Mua"), Language.MONG, 45));
		GROUPS.put(Ethnicity.DAO,
				new Group(split("Tẩn Lý Phàn Chảo Triệu Đặng Bàn"), split("Láo Văn A Phủ Vần"), split("Thị Tả Thị"),
						split("San Pao Chòi Sảo Quẩy Phẩu Kiềm Chàn Lở Táo Sinh Vảng"),
						split("Mẩy Chài Sỉ Xá Dủa Phấy Lở Mụi Ton Nải"), Language.DAO, 55));
		GROUPS.put(Ethnicity.HA_NHI,
				new Group(split("Lý Chu Pờ Hù Sừ Lò Phu Chang Ma"), split("Gạ Mò Xè A Sừ Gò"), split("Thị Mé Thị"),
						split("Xá Phà Dé Giá Hừ Chừ Lé Khừ Ba Nhù Xe"), split("Mé Dà Sừ Chừ Xe Pà Ho Mì Gạ"),
						Language.HA_NHI, 45));
		GROUPS.put(Ethnicity.LU, new Group(split("Lò Tao Pha Vàng Quàng"), split("Văn"), split("Thị"),
				split("Ngân Pâu Ún Khăm Xiêng Bun Ếch"), split("Ón Pâng Xiêng Pâu Inh Bua"), Language.LU, 65));
		GROUPS.put(Ethnicity.GIAY, new Group(split("Vàng Lù Hoàng Giàng Lò Sần"), split("Văn"), split("Thị"),
				split("Sáng Kim Chu Tiến Ngân Thinh Lâm"), split("Lan Duyên Sửu Thu Hiền Nhị"), Language.GIAY, 75));
		GROUPS.put(Ethnicity.CONG, new Group(split("Lò Pạc Chang Hoàng Lỳ"), split("Văn"), split("Thị"),
				split("Pây Phín Xe Chim Thanh Khoa"), split("Pành Cây Mươi Ha Dụ"), Language.CONG, 55));
		GROUPS.put(Ethnicity.SI_LA, new Group(split("Hù Pờ Lò Vàng"), split("Văn"), split("Thị"),
				split("Lú Chừ Ha Xề Dế Khừ"), split("Pò Ga Me Dá Chà"), Language.SI_LA, 55));
		GROUPS.put(Ethnicity.MANG, new Group(split("Lò Chang Tao Pàn"), split("Văn"), split("Thị"),
				split("Tùa Vui Lịnh Chà Cá Soan"), split("Phờ Mai Ẻng Dá Xính"), Language.MANG, 40));
		GROUPS.put(Ethnicity.LA_HU,
				new Group(split("Lý Chang Phàn Lò Mà Pờ Lỳ Chảo"), split("A Hù Cà Phù"), split("Thị Na"),
						split("Sa Pạ Phù Lừ Ché Chà Hừ Pò Xá"), split("Ché Mo Na Hà Mì Xó"), Language.LA_HU, 35));
		GROUPS.put(Ethnicity.KINH,
				new Group(split("Nguyễn Nguyễn Trần Lê Phạm Hoàng Vũ Đỗ Bùi Đặng Ngô"), split("Văn Văn Đức Minh Quang"),
						split("Thị Thị Thu Thanh"), split("Hùng Dũng Tuấn Nam Long Sơn Hải Quang Thắng Hiếu Bình"),
						split("Hoa Lan Hương Mai Thủy Hằng Nga Linh Trang Thảo Hà"), Language.VIETNAMESE, 98));
	}

	/**
	 * Groups of each border commune with their share in percent (invented, plausible).
	 */
	static final Map<String, Object[]> COMMUNES = Map.ofEntries(
			Map.entry("03439",
					mix(Ethnicity.HA_NHI, 55, Ethnicity.LA_HU, 25, Ethnicity.DAO, 10, Ethnicity.KINH, 5, Ethnicity.THAI,
							5)),
			Map.entry("03442",
					mix(Ethnicity.LA_HU, 60, Ethnicity.HA_NHI, 25, Ethnicity.CONG, 5, Ethnicity.KINH, 5, Ethnicity.THAI,
							5)),
			Map.entry("03451",
					mix(Ethnicity.HA_NHI, 50, Ethnicity.LA_HU, 30, Ethnicity.DAO, 10, Ethnicity.MONG, 5, Ethnicity.KINH,
							5)),
			Map.entry("03445",
					mix(Ethnicity.THAI, 40, Ethnicity.CONG, 15, Ethnicity.SI_LA, 10, Ethnicity.HA_NHI, 10, Ethnicity.LU,
							10, Ethnicity.KINH, 15)),
			Map.entry("03433",
					mix(Ethnicity.CONG, 30, Ethnicity.SI_LA, 20, Ethnicity.THAI, 25, Ethnicity.MANG, 15, Ethnicity.KINH,
							10)),
			Map.entry("03503",
					mix(Ethnicity.THAI, 40, Ethnicity.MONG, 30, Ethnicity.DAO, 15, Ethnicity.KINH, 10, Ethnicity.LU,
							5)),
			Map.entry("03529", mix(Ethnicity.MONG, 80, Ethnicity.DAO, 10, Ethnicity.THAI, 5, Ethnicity.KINH, 5)),
			Map.entry("03549",
					mix(Ethnicity.THAI, 35, Ethnicity.GIAY, 20, Ethnicity.DAO, 15, Ethnicity.MONG, 15, Ethnicity.KINH,
							10, Ethnicity.LU, 5)),
			Map.entry("03562",
					mix(Ethnicity.HA_NHI, 35, Ethnicity.MONG, 35, Ethnicity.DAO, 20, Ethnicity.GIAY, 5, Ethnicity.KINH,
							5)),
			Map.entry("03571",
					mix(Ethnicity.MONG, 60, Ethnicity.DAO, 20, Ethnicity.HA_NHI, 10, Ethnicity.GIAY, 5, Ethnicity.KINH,
							5)),
			Map.entry("03583", mix(Ethnicity.THAI, 45, Ethnicity.GIAY, 15, Ethnicity.DAO, 15, Ethnicity.LU, 10,
					Ethnicity.KINH, 10, Ethnicity.MONG, 5)));

	/** For a commune not listed: the province's broad mix. */
	static final Object[] PROVINCE = mix(Ethnicity.THAI, 30, Ethnicity.MONG, 30, Ethnicity.DAO, 15, Ethnicity.HA_NHI,
			10, Ethnicity.KINH, 10, Ethnicity.GIAY, 5);

	private DemoPeople() {
	}

	/** A group drawn from a mix made by {@link #mix}. */
	static Ethnicity draw(SplittableRandom random, Object[] mix) {
		int roll = random.nextInt(100);
		for (int i = 0; i < mix.length; i += 2) {
			roll -= (Integer) mix[i + 1];
			if (roll < 0) {
				return (Ethnicity) mix[i];
			}
		}
		return (Ethnicity) mix[0];
	}

	static String pick(SplittableRandom random, String[] options) {
		return options[random.nextInt(options.length)];
	}

	private static Object[] mix(Object... groupsAndShares) {
		return groupsAndShares;
	}

	private static String[] split(String words) {
		return words.split(" ");
	}

}
