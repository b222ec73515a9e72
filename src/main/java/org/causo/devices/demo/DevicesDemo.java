package org.causo.devices.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.causo.devices.DonationDraft;
import org.causo.devices.DonationView;
import org.causo.devices.Donations;
import org.causo.devices.DonorDraft;
import org.causo.devices.DonorKind;
import org.causo.devices.Donors;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.registry.demo.DemoRegistry;
import org.causo.shared.DemoLoader;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * The demo's donated phones, as in the seed articles: about 1,335 phones per 25,000
 * households, worth about 2.8 billion VND, from a few donors to the border posts in
 * proportion to the households without a smartphone they cover; about four in five handed
 * over to the households at the top of each post's priority list (no smartphone at the
 * latest survey, poor and policy households first, then those with a signal), most
 * followed up a few weeks later and mostly in use. Donors and donations through the
 * facades, phones, handovers and follow-ups through the product's stores; once (while no
 * demo donor exists), after the registry's demo.
 */
@Component
class DevicesDemo implements DemoLoader {

	/** Model, price in VND, weight in percent: about 2.1 million VND a phone. */
	private static final Object[][] MODELS = { { "Viettel Sumo 4G T2", 1_290_000L, 30 },
			{ "Xiaomi Redmi A3", 2_190_000L, 30 }, { "Samsung Galaxy A05", 2_690_000L, 25 },
			{ "Nokia C32", 2_490_000L, 15 } };

	private static final Object[][] DONORS = { { "Viettel Lai Châu", DonorKind.ORGANISATION },
			{ "VNPT Lai Châu", DonorKind.ORGANISATION }, { "Tỉnh đoàn Lai Châu", DonorKind.UNIT },
			{ "Công ty TNHH Chè Tả Ngảo", DonorKind.ORGANISATION },
			{ "Hội Doanh nhân trẻ tỉnh Lai Châu", DonorKind.ORGANISATION } };

	private final DemoRegistry registry;

	private final BorderPosts posts;

	private final Donors donors;

	private final Donations donations;

	private final DemoDeviceStore store;

	private final Clock clock;

	DevicesDemo(DemoRegistry registry, BorderPosts posts, Donors donors, Donations donations, DemoDeviceStore store,
			Clock clock) {
		this.registry = registry;
		this.posts = posts;
		this.donors = donors;
		this.donations = donations;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public boolean loaded() {
		return this.store.loaded() || !this.registry.loaded();
	}

	@Override
	public String load() {
		SplittableRandom random = new SplittableRandom(1335);
		LocalDate today = LocalDate.now(this.clock);
		List<DemoRegistry.Home> homes = this.registry.homes();
		List<BorderPost> posts = this.posts.list(Scope.all()).stream().filter(BorderPost::demo).toList();
		Map<Long, Integer> coveredBy = new HashMap<>();
		posts.forEach((p) -> p.communes().forEach((c) -> coveredBy.merge(c.id(), 1, Integer::sum)));
		Map<Long, List<DemoRegistry.Home>> without = new HashMap<>();
		for (DemoRegistry.Home h : homes) {
			if (h.smartphones() != null && h.smartphones() == 0) {
				without.computeIfAbsent(h.communeId(), (k) -> new ArrayList<>()).add(h);
			}
		}
		without.values()
			.forEach((list) -> list.sort(Comparator.comparing((DemoRegistry.Home h) -> !h.poorOrPolicy())
				.thenComparing((h) -> !h.signal())
				.thenComparing(DemoRegistry.Home::hamletId)
				.thenComparing(DemoRegistry.Home::code)));
		List<Long> donorIds = new ArrayList<>();
		for (Object[] d : DONORS) {
			donorIds.add(this.donors.create(new DonorDraft((String) d[0], (DonorKind) d[1], null), true).id());
		}
		int phones = Math.max(posts.size(), Math.round(1335f * homes.size() / 25_000));
		double need = without.values().stream().mapToInt(List::size).sum();
		Set<Long> served = new HashSet<>();
		long[] counts = new long[5];
		for (BorderPost post : posts) {
			double share = 0;
			for (OrgUnit c : post.communes()) {
				share += without.getOrDefault(c.id(), List.of()).size() / (double) coveredBy.get(c.id());
			}
			int count = Math.max(2, (int) Math.round(phones * share / Math.max(1, need)));
			List<DemoDeviceStore.Phone> stock = donate(post, count, donorIds, random, today, counts);
			List<DemoRegistry.Home> queue = post.communes()
				.stream()
				.flatMap((c) -> without.getOrDefault(c.id(), List.of()).stream())
				.filter((h) -> !served.contains(h.id()))
				.toList();
			int handed = Math.min(queue.size(), (int) Math.round(count * 0.79));
			List<DemoRegistry.Home> to = queue.subList(0, handed);
			to.forEach((h) -> served.add(h.id()));
			int[] made = this.store.handOver(post.id(), stock.subList(0, handed), to, random, today);
			counts[3] += made[0];
			counts[4] += made[1];
		}
		return "%d donations, %d phones worth %d VND, %d handed over, %d follow-ups".formatted(counts[0], counts[1],
				counts[2], counts[3], counts[4]);
	}

	/** Donations to the post adding up to the count, from one to three donors. */
	private List<DemoDeviceStore.Phone> donate(BorderPost post, int count, List<Long> donorIds, SplittableRandom random,
			LocalDate today, long[] counts) {
		List<DemoDeviceStore.Phone> stock = new ArrayList<>();
		int parts = Math.min(count, 1 + random.nextInt(3));
		int left = count;
		for (int i = 0; i < parts; i++) {
			int rest = parts - i - 1; // each later donation keeps at least one phone
			int n = (rest == 0) ? left : Math.min(left - rest, Math.max(1, left / (parts - i) + random.nextInt(5) - 2));
			left -= n;
			Object[] model = model(random);
			LocalDate on = today.minusDays(120 + random.nextInt(150));
			long value = n * (Long) model[1];
			DonationView donation = this.donations.create(Scope.all(), new DonationDraft(post.id(),
					donorIds.get(random.nextInt(donorIds.size())), on, n, (String) model[0], value, null), true);
			stock.addAll(this.store.phones(donation, (String) model[0], n, random));
			counts[0]++;
			counts[1] += n;
			counts[2] += value;
		}
		return stock;
	}

	private static Object[] model(SplittableRandom random) {
		int roll = random.nextInt(100);
		for (Object[] m : MODELS) {
			roll -= (Integer) m[2];
			if (roll < 0) {
				return m;
			}
		}
		return MODELS[0];
	}

}
