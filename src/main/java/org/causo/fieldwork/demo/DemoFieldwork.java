package org.causo.fieldwork.demo;

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
import java.util.stream.Collectors;

import org.causo.fieldwork.ledger.EventLedger;
import org.causo.fieldwork.teams.TeamStore;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.demo.DemoRegistry;
import org.causo.shared.DemoLoader;
import org.causo.shared.Scope;
import org.causo.shared.db.stores.BulkTimings;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillView;
import org.causo.training.demo.DemoClassMarks;

import org.springframework.stereotype.Component;

/**
 * The demo's support teams and their work, as in the seed articles: about 150 members per
 * 25,000 households (the posts' support-member accounts, the rest officers and volunteers
 * without a login), in teams of about five covering a few hamlets of their post; each
 * member looks after 3 to 5 households at a time, a new set about every month over eight
 * months, so that a fifth of the households were coached, with a few thousand visits and
 * about 20,000 residents who reached a skill (with the classes' marks). Rows by set-based
 * SQL, skill state and roll-up built from them; once (while no demo team exists), after
 * the registry's, training's and devices' demos.
 */
@Component
class DemoFieldwork implements DemoLoader {

	private static final int DAYS = 240;

	private final DemoFieldworkStore store;

	private final TeamStore teamStore;

	private final EventLedger ledger;

	private final SkillCatalogue catalogue;

	private final BorderPosts posts;

	private final OrgUnits units;

	private final Officers officers;

	private final DemoRegistry registry;

	private final DemoClassMarks marks;

	private final Clock clock;

	DemoFieldwork(DemoFieldworkStore store, TeamStore teams, EventLedger ledger, SkillCatalogue catalogue,
			BorderPosts posts, OrgUnits units, Officers officers, DemoRegistry registry, DemoClassMarks marks,
			Clock clock) {
		this.store = store;
		this.teamStore = teams;
		this.ledger = ledger;
		this.catalogue = catalogue;
		this.posts = posts;
		this.units = units;
		this.officers = officers;
		this.registry = registry;
		this.marks = marks;
		this.clock = clock;
	}

	@Override
	public boolean loaded() {
		return this.store.loaded() || !this.registry.loaded();
	}

	@Override
	public String load() {
		StringBuilder phases = new StringBuilder();
		long at = System.nanoTime();
		SplittableRandom random = new SplittableRandom(150);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = today.minusDays(DAYS);
		Map<String, Long> skills = this.catalogue.list(false)
			.stream()
			.collect(Collectors.toMap(SkillView::code, SkillView::id));
		List<DemoRegistry.Home> homes = this.registry.homes();
		Map<Long, DemoRegistry.Home> homeById = new HashMap<>();
		Map<Long, List<DemoRegistry.Home>> byHamlet = new HashMap<>();
		homes.forEach((h) -> {
			homeById.put(h.id(), h);
			byHamlet.computeIfAbsent(h.hamletId(), (k) -> new ArrayList<>()).add(h);
		});
		Map<Long, List<DemoRegistry.Person>> people = this.registry.people()
			.stream()
			.collect(Collectors.groupingBy(DemoRegistry.Person::householdId));
		Map<Long, String> hamletNames = this.units.list(Scope.all(), UnitKind.HAMLET)
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
		List<BorderPost> posts = this.posts.list(Scope.all())
			.stream()
			.filter(BorderPost::demo)
			.sorted(Comparator.comparing(BorderPost::name))
			.toList();
		Map<Long, List<Long>> hamletsOf = DemoAllotment.allot(posts, byHamlet);
		at = BulkTimings.phase(phases, "read", at);
		DemoWork work = new DemoWork(random, this.ledger, skills, today);
		long[] counts = new long[8];
		for (BorderPost post : posts) {
			List<Long> hamlets = hamletsOf.getOrDefault(post.id(), List.of());
			int households = hamlets.stream().mapToInt((h) -> byHamlet.get(h).size()).sum();
			if (households == 0) {
				continue;
			}
			List<Long> accounts = this.officers.activeOfficersAt(post.id(), List.of(Role.SUPPORT_MEMBER));
			int members = Math.max(3, Math.round(150f * households / 25_000));
			int teams = (members + 4) / 5;
			int rounds = Math.max(1, Math.min(10, Math.round(0.24f * households / (members * 4f))));
			Set<String> names = new HashSet<>();
			for (int t = 0; t < teams; t++) {
				List<Long> mine = DemoAllotment.ofTeam(hamlets, t, teams);
				String name = "Tổ hỗ trợ số " + hamletNames.getOrDefault(mine.get(0), post.name());
				name = names.add(name) ? name : name + " " + (t + 1);
				names.add(name);
				long teamId = this.teamStore.insertTeam(post.id(), name, true);
				counts[0]++;
				List<Long> team = new ArrayList<>();
				for (int m = t; m < members; m += teams) {
					Long officer = (m < accounts.size()) ? accounts.get(m) : null;
					String[] volunteer = (officer == null) ? DemoNames.volunteer(random, post.name()) : new String[2];
					team.add(this.teamStore.insertMember(teamId, officer, volunteer[0], volunteer[1],
							start.minusDays(5), true));
				}
				counts[1] += team.size();
				List<DemoRegistry.Home> pool = new ArrayList<>(
						mine.stream().flatMap((h) -> byHamlet.get(h).stream()).toList());
				DemoAllotment.shuffle(pool, random);
				counts[3] += work.rounds(post.id(), team, pool, people, start, DAYS, rounds);
			}
		}
		Map<Long, Long> householdOf = new HashMap<>();
		people.forEach((h, list) -> list.forEach((p) -> householdOf.put(p.id(), h)));
		for (DemoClassMarks.Mark mark : this.marks.all()) {
			Long household = householdOf.get(mark.residentId());
			work.marked(mark, (household != null) ? homeById.get(household) : null);
		}
		at = BulkTimings.phase(phases, "generated", at);
		this.store.write(work, phases);
		at = BulkTimings.phase(phases, "written", at);
		long[] folded = this.store.fold();
		BulkTimings.phase(phases, "state and roll-up", at);
		counts[2] = work.assignments.size();
		counts[4] = work.visits.size();
		counts[5] = work.reached.size();
		counts[6] = folded[0];
		counts[7] = folded[1];
		return ("%d teams, %d members, %d assignments (%d current), %d visits, %d skill events, "
				+ "%d residents with %d skills reached (%s)")
			.formatted(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], phases);
	}

}
