package org.causo.registry.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.causo.orgunit.OrgUnit;
import org.causo.registry.Ethnicity;
import org.causo.registry.Language;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.Sex;
import org.causo.registry.demo.DemoPeople.Group;
import org.causo.shared.SearchKey;

/**
 * Invents the demo's households and residents, the same ones for the same seed: hamlets
 * get a main ethnic group, a remoteness, a signal per operator; households get 1–9 people
 * with a head, relations and birth years, readers of Vietnamese fewer among the elderly,
 * phones for some, poverty and policy flags, and a survey.
 */
final class DemoHouseholds {

	/** The year the demo pictures (the seed articles' year). */
	static final int YEAR = 2025;

	private static final int[] SIZE_WEIGHTS = { 4, 9, 13, 19, 21, 15, 10, 6, 3 };

	private static final Set<Ethnicity> WOMEN_READ_LESS = Set.of(Ethnicity.MONG, Ethnicity.HA_NHI, Ethnicity.LA_HU,
			Ethnicity.DAO, Ethnicity.MANG);

	private final SplittableRandom random;

	DemoHouseholds(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * The demo's hamlets with their profile and, for each, how many households it gets
	 * (together exactly {@code total}).
	 */
	List<DemoHamlet> hamlets(List<OrgUnit> hamlets, java.util.Map<Long, String> communeCodes, int total) {
		List<DemoHamlet> out = new ArrayList<>();
		double[] weights = new double[hamlets.size()];
		double sum = 0;
		Set<String> prefixes = new HashSet<>();
		for (int i = 0; i < hamlets.size(); i++) {
			OrgUnit h = hamlets.get(i);
			String commune = communeCodes.get(h.parentId());
			Object[] mix = DemoPeople.COMMUNES.getOrDefault(commune, DemoPeople.PROVINCE);
			boolean remote = this.random.nextInt(100) < 20;
			int communeIndex = Math.floorMod(commune.hashCode(), 97);
			double lat = 22.25 + (communeIndex % 11) * 0.05 + this.random.nextDouble() * 0.08;
			double lon = 102.35 + (communeIndex % 13) * 0.08 + this.random.nextDouble() * 0.1;
			out.add(new DemoHamlet(h, commune, DemoHamlet.codePrefix(h, commune, prefixes), mix,
					DemoPeople.draw(this.random, mix), remote, remote ? 35 : 65,
					remote ? 22 + this.random.nextInt(14) : 1 + this.random.nextInt(5),
					DemoSignals.of(this.random, remote), lat, lon, new int[1]));
			weights[i] = 0.4 + this.random.nextDouble() * 1.2;
			sum += weights[i];
		}
		int given = 0;
		for (int i = 0; i < out.size(); i++) {
			int n = (i == out.size() - 1) ? total - given : (int) Math.round(total * weights[i] / sum);
			n = Math.max(0, Math.min(n, total - given));
			out.get(i).count()[0] = n;
			given += n;
		}
		return out;
	}

	/** The next household of a hamlet; {@code number} counts from 1 within the hamlet. */
	DemoHousehold household(DemoHamlet hamlet, int number) {
		SplittableRandom r = this.random;
		Ethnicity eth = (r.nextInt(100) < 70) ? hamlet.mainGroup() : DemoPeople.draw(r, hamlet.mix());
		Group group = DemoPeople.GROUPS.get(eth);
		int size = 1 + weighted(SIZE_WEIGHTS);
		List<DemoPerson> people = new ArrayList<>(size);
		boolean maleHead = (size == 1) ? r.nextBoolean() : r.nextInt(100) < 85;
		int headAge = (size == 1) ? 25 + r.nextInt(61) : 22 + r.nextInt(54);
		String surname = DemoPeople.pick(r, group.surnames());
		people.add(person(hamlet, group, eth, maleHead ? Sex.MALE : Sex.FEMALE, surname, headAge, Relation.HEAD));
		String childSurname = surname;
		if (size >= 2 && r.nextInt(100) < 88) {
			int age = Math.max(18, headAge + (maleHead ? -r.nextInt(7) : r.nextInt(7)));
			String spouseSurname = DemoPeople.pick(r, group.surnames());
			childSurname = maleHead ? surname : spouseSurname;
			people
				.add(person(hamlet, group, eth, maleHead ? Sex.FEMALE : Sex.MALE, spouseSurname, age, Relation.SPOUSE));
		}
		if (people.size() < size && headAge < 50 && r.nextInt(100) < 15) {
			int age = Math.min(95, headAge + 20 + r.nextInt(13));
			people.add(person(hamlet, group, eth, (r.nextInt(100) < 60) ? Sex.FEMALE : Sex.MALE, surname, age,
					Relation.PARENT));
		}
		if (size - people.size() >= 3 && headAge >= 50 && r.nextInt(100) < 60) {
			int sonAge = Math.max(18, headAge - 20 - r.nextInt(11));
			people.add(person(hamlet, group, eth, Sex.MALE, childSurname, sonAge, Relation.CHILD));
			people.add(person(hamlet, group, eth, Sex.FEMALE, DemoPeople.pick(r, group.surnames()),
					Math.max(18, sonAge - r.nextInt(5)), Relation.CHILD_IN_LAW));
			while (people.size() < size) {
				people.add(person(hamlet, group, eth, sex(), childSurname, r.nextInt(Math.max(1, sonAge - 17)),
						Relation.GRANDCHILD));
			}
		}
		while (people.size() < size) {
			people.add(person(hamlet, group, eth, sex(), childSurname, r.nextInt(Math.max(1, headAge - 17)),
					Relation.CHILD));
		}
		int poorRoll = r.nextInt(100);
		boolean poor = poorRoll < (hamlet.remote() ? 35 : 18);
		boolean nearPoor = !poor && poorRoll < (hamlet.remote() ? 47 : 30);
		boolean policy = r.nextInt(100) < 4;
		String code = hamlet.prefix() + "-" + digits(number, 3);
		boolean located = r.nextInt(100) < 70;
		String address = (r.nextInt(100) < 40) ? "Tổ " + (1 + r.nextInt(6)) + ", " + hamlet.unit().name() : null;
		return new DemoHousehold(hamlet, code, eth, group.language(), poor, nearPoor, policy, address,
				located ? hamlet.lat() + (r.nextDouble() - 0.5) * 0.01 : null,
				located ? hamlet.lon() + (r.nextDouble() - 0.5) * 0.01 : null, people);
	}

	private DemoPerson person(DemoHamlet hamlet, Group group, Ethnicity eth, Sex sex, String surname, int age,
			Relation relation) {
		SplittableRandom r = this.random;
		int birthYear = YEAR - age;
		ReadsVietnamese reads = null;
		if (age >= 6) {
			int share = group.readsShare();
			if (age < 15) {
				share = Math.min(95, share + 40);
			}
			if (sex == Sex.FEMALE && WOMEN_READ_LESS.contains(eth)) {
				share -= 15;
			}
			if (age >= 60) {
				share /= 3;
			}
			else if (age >= 45) {
				share -= 15;
			}
			int roll = r.nextInt(100);
			reads = (roll < share) ? ReadsVietnamese.YES
					: (roll < share + (100 - share) / 2) ? ReadsVietnamese.A_LITTLE : ReadsVietnamese.NO;
		}
		String languages = (group.language() == Language.VIETNAMESE || (age < 3)) ? "{" + group.language() + "}"
				: (reads == ReadsVietnamese.NO || reads == null) ? "{" + group.language() + "}"
						: "{" + group.language() + ",VIETNAMESE}";
		String phone = null;
		if (age >= 16 && age <= 75 && r.nextInt(100) < hamlet.phoneShare() * ((age > 60) ? 0.4 : 1)) {
			phone = phoneNumber(hamlet);
		}
		String nationalId = null;
		if (age >= 14 && r.nextInt(100) < 70) {
			int century = (birthYear >= 2000) ? 2 : 0;
			nationalId = "012" + (century + ((sex == Sex.FEMALE) ? 1 : 0)) + digits(birthYear % 100, 2)
					+ digits(r.nextInt(1_000_000), 6);
		}
		String name = group.name(r, sex, surname);
		return new DemoPerson(name, SearchKey.of(name), sex, birthYear, eth, languages, reads, relation, phone,
				nationalId);
	}

	private String phoneNumber(DemoHamlet hamlet) {
		String[] prefixes = (this.random.nextInt(100) < 75) ? new String[] { "086", "096", "097", "098", "035", "038" }
				: new String[] { "081", "088", "091", "094", "070", "090", "093" };
		return DemoPeople.pick(this.random, prefixes) + digits(this.random.nextInt(10_000_000), 7);
	}

	/** The number with leading zeros to {@code width} digits (String.format is slow). */
	static String digits(int number, int width) {
		String s = Integer.toString(number);
		return (s.length() >= width) ? s : "0".repeat(width - s.length()) + s;
	}

	private Sex sex() {
		return this.random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
	}

	private int weighted(int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int roll = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	SplittableRandom random() {
		return this.random;
	}

}
