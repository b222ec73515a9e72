package org.causo.training.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.demo.DemoRegistry;
import org.causo.shared.DemoLoader;
import org.causo.shared.Scope;
import org.causo.training.ClassDraft;
import org.causo.training.Organiser;
import org.causo.training.classes.ClassStore;

import org.springframework.stereotype.Component;

/**
 * The demo's classes: about 40 held over the last eight months per 25,000 households (as
 * in the seed articles: 40 classes, 2,100 attendances), each in a hamlet of a border
 * commune, run by a post that covers it, alone or with Viettel, VNPT, the youth union or
 * the school; 40 to 65 residents aged 12 to 70 of the commune attended each, their skills
 * marked; a few classes are still to come. Classes through the product's store, their
 * attendances and marks set-based (see docs/decisions.md); once (while no demo class
 * exists), after the registry's demo.
 */
@Component
class TrainingDemo implements DemoLoader {

	/** Topics: skill codes and a title; the first ones more often. */
	private static final String[][] TOPICS = { { "Làm quen điện thoại thông minh và Zalo", "SMARTPHONE", "ZALO" },
			{ "Cài đặt và kích hoạt VNeID", "VNEID_INSTALLED", "VNEID_LEVEL2" },
			{ "Làm quen điện thoại thông minh", "SMARTPHONE" }, { "Cài đặt VNeID cho bà con", "VNEID_INSTALLED" },
			{ "Thanh toán QR an toàn, phòng lừa đảo", "QR_PAYMENT", "SCAM_AWARENESS" },
			{ "Dịch vụ công trực tuyến và tra cứu BHYT", "PUBLIC_SERVICES", "HEALTH_INSURANCE" },
			{ "Bán nông sản trên mạng", "SELL_ONLINE" } };

	private static final int[] TOPIC_WEIGHTS = { 30, 25, 12, 10, 10, 8, 5 };

	private static final Object[][] ORGANISERS = { { Organiser.POST, null }, { Organiser.TELECOM, "Viettel Lai Châu" },
			{ Organiser.POST, null }, { Organiser.YOUTH_UNION, "Đoàn thanh niên xã" },
			{ Organiser.TELECOM, "VNPT Lai Châu" }, { Organiser.SCHOOL, "Trường PTDTBT THCS" } };

	private final DemoRegistry registry;

	private final BorderPosts posts;

	private final OrgUnits units;

	private final ClassStore classes;

	private final DemoClassStore store;

	private final Clock clock;

	TrainingDemo(DemoRegistry registry, BorderPosts posts, OrgUnits units, ClassStore classes, DemoClassStore store,
			Clock clock) {
		this.registry = registry;
		this.posts = posts;
		this.units = units;
		this.classes = classes;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public boolean loaded() {
		return this.store.loaded() || !this.registry.loaded();
	}

	@Override
	public String load() {
		SplittableRandom random = new SplittableRandom(40);
		LocalDate today = LocalDate.now(this.clock);
		List<DemoRegistry.Home> homes = this.registry.homes();
		Map<Long, DemoRegistry.Home> homeById = homes.stream()
			.collect(Collectors.toMap(DemoRegistry.Home::id, (h) -> h));
		Map<Long, List<DemoRegistry.Person>> byCommune = new HashMap<>();
		for (DemoRegistry.Person p : this.registry.people()) {
			int age = today.getYear() - p.birthYear();
			if (age >= 12 && age <= 70) {
				byCommune.computeIfAbsent(homeById.get(p.householdId()).communeId(), (k) -> new ArrayList<>()).add(p);
			}
		}
		Map<Long, List<BorderPost>> postsOf = new HashMap<>();
		for (BorderPost post : this.posts.list(Scope.all())) {
			post.communes().forEach((c) -> postsOf.computeIfAbsent(c.id(), (k) -> new ArrayList<>()).add(post));
		}
		Map<Long, OrgUnit> hamlets = this.units.list(Scope.all(), UnitKind.HAMLET)
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, (u) -> u));
		List<DemoRegistry.Home> venues = homes.stream().filter((h) -> postsOf.containsKey(h.communeId())).toList();
		if (venues.isEmpty()) {
			return "no class: no household in a commune a post covers";
		}
		int held = Math.max(3, Math.round(40f * homes.size() / 25_000));
		int coming = Math.max(1, held / 20);
		Set<Long> attended = new HashSet<>();
		int[] counts = new int[3];
		for (int i = 0; i < held + coming; i++) {
			// a venue drawn by households: big communes get more classes
			DemoRegistry.Home venue = venues.get(random.nextInt(venues.size()));
			OrgUnit hamlet = hamlets.get(venue.hamletId());
			List<BorderPost> candidates = postsOf.get(venue.communeId());
			BorderPost post = candidates.get(random.nextInt(candidates.size()));
			String[] topic = TOPICS[weighted(random)];
			Object[] organiser = ORGANISERS[i % ORGANISERS.length];
			boolean past = i < held;
			LocalDateTime startsAt = (past ? today.minusDays(7 + (long) i * 230 / held) : today.plusDays(5 + i - held))
				.atTime((i % 3 == 0) ? 14 : 8, 0);
			List<DemoRegistry.Person> pool = new ArrayList<>(byCommune.getOrDefault(venue.communeId(), List.of()));
			pool.sort(Comparator
				.comparing((DemoRegistry.Person p) -> homeById.get(p.householdId()).hamletId() != hamlet.id())
				.thenComparing((p) -> attended.contains(p.id()))
				.thenComparing((p) -> (p.id() * 7919) % 101));
			int size = past ? Math.min(pool.size(), 40 + random.nextInt(26)) : 0;
			List<DemoRegistry.Person> who = pool.subList(0, size);
			int capacity = Math.min(500, Math.max(30, (size + 14) / 10 * 10));
			String title = topic[0] + " – " + hamlet.name();
			List<String> skills = List.of(topic).subList(1, topic.length);
			long classId = this.classes.insert(post.id(),
					new ClassDraft(title, (Organiser) organiser[0], (String) organiser[1], hamlet.id(), startsAt,
							capacity, skills),
					title, (String) organiser[1], venue.communeId(), hamlet.path(), "demo", true);
			counts[0]++;
			counts[1] += this.store.attend(classId, who, random);
			counts[2] += this.store.mark(classId, startsAt.toLocalDate());
			who.forEach((p) -> attended.add(p.id()));
		}
		return "%d classes, %d attendances, %d skill marks".formatted(counts[0], counts[1], counts[2]);
	}

	private static int weighted(SplittableRandom random) {
		int roll = random.nextInt(100);
		for (int i = 0; i < TOPIC_WEIGHTS.length; i++) {
			roll -= TOPIC_WEIGHTS[i];
			if (roll < 0) {
				return i;
			}
		}
		return 0;
	}

}
