package org.causo.fieldwork.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.causo.orgunit.BorderPost;
import org.causo.registry.demo.DemoRegistry;

/** How the demo shares out the hamlets between posts, and households between members. */
final class DemoAllotment {

	private DemoAllotment() {
	}

	/**
	 * The hamlets of each post: those of the communes it covers, shared out in turn
	 * between the posts that cover the same commune.
	 */
	static Map<Long, List<Long>> allot(List<BorderPost> posts, Map<Long, List<DemoRegistry.Home>> byHamlet) {
		Map<Long, List<Long>> communeHamlets = new HashMap<>();
		byHamlet.forEach(
				(hamlet, homes) -> communeHamlets.computeIfAbsent(homes.get(0).communeId(), (k) -> new ArrayList<>())
					.add(hamlet));
		Map<Long, List<BorderPost>> covering = new HashMap<>();
		posts.forEach(
				(p) -> p.communes().forEach((c) -> covering.computeIfAbsent(c.id(), (k) -> new ArrayList<>()).add(p)));
		Map<Long, List<Long>> out = new HashMap<>();
		covering.forEach((commune, by) -> {
			List<Long> hamlets = communeHamlets.getOrDefault(commune, List.of()).stream().sorted().toList();
			for (int i = 0; i < hamlets.size(); i++) {
				out.computeIfAbsent(by.get(i % by.size()).id(), (k) -> new ArrayList<>()).add(hamlets.get(i));
			}
		});
		return out;
	}

	static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			Collections.swap(list, i, random.nextInt(i + 1));
		}
	}

	/** The hamlets of team t of n: every n-th of the post's, at least one. */
	static List<Long> ofTeam(List<Long> hamlets, int t, int n) {
		List<Long> mine = new ArrayList<>();
		for (int i = t; i < hamlets.size(); i += n) {
			mine.add(hamlets.get(i));
		}
		if (mine.isEmpty()) {
			mine.add(hamlets.get(t % hamlets.size()));
		}
		return mine;
	}

}
