package org.causo.fieldwork.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.causo.fieldwork.AssignmentDraft;
import org.causo.fieldwork.Method;
import org.causo.fieldwork.VisitDraft;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.fieldwork.skills.SkillFacts;
import org.causo.registry.demo.DemoRegistry;
import org.causo.shared.db.SeededUuids;
import org.causo.training.demo.DemoClassMarks;

/**
 * The demo's field work in rows: rounds of assignments (each member looks after 3 to 5
 * households at a time, a new set every month or so), one to three visits per assignment,
 * with the members present and the skills the household's residents reached (observed or
 * self-reported), and the skills marked at classes. Rows go to
 * {@link DemoFieldworkStore}; the skill state and roll-up are built from them there.
 */
final class DemoWork {

	/** How often a coached resident aged 10 or more reaches each skill, in percent. */
	private static final Object[][] SHARES = { { "SMARTPHONE", 80 }, { "ZALO", 62 }, { "VNEID_INSTALLED", 50 },
			{ "VNEID_LEVEL2", 45 }, { "HEALTH_INSURANCE", 30 }, { "SCAM_AWARENESS", 26 }, { "QR_PAYMENT", 18 },
			{ "PUBLIC_SERVICES", 14 }, { "SELL_ONLINE", 5 } };

	private static final String[] NOTES = { "Hướng dẫn dùng điện thoại, cài Zalo", "Cài VNeID cho cả nhà",
			"Bà con chưa có sóng ở nhà, hẹn lần sau", "Hướng dẫn quét mã QR trả tiền điện",
			"Nhắc cảnh giác cuộc gọi lừa đảo" };

	final List<Object[]> events = new ArrayList<>();

	final List<Object[]> assignments = new ArrayList<>();

	final List<Object[]> visits = new ArrayList<>();

	final List<Object[]> present = new ArrayList<>();

	final List<Object[]> taught = new ArrayList<>();

	final List<Object[]> reached = new ArrayList<>();

	private final SplittableRandom random;

	private final EventLedger ledger;

	private final Map<String, Long> skills;

	private final LocalDate today;

	DemoWork(SplittableRandom random, EventLedger ledger, Map<String, Long> skills, LocalDate today) {
		this.random = random;
		this.ledger = ledger;
		this.skills = skills;
		this.today = today;
	}

	/**
	 * Rounds of assignments over the days: in each, every member of the team takes 3 to 5
	 * households of the pool, until it runs out. Returns the assignments still current.
	 */
	int rounds(long postId, List<Long> team, List<DemoRegistry.Home> pool, Map<Long, List<DemoRegistry.Person>> people,
			LocalDate start, int days, int rounds) {
		int next = 0;
		int current = 0;
		for (int r = 0; r < rounds; r++) {
			LocalDate from = start.plusDays((long) r * days / rounds);
			LocalDate to = (r == rounds - 1) ? null : start.plusDays((long) (r + 1) * days / rounds);
			for (long member : team) {
				int take = 3 + this.random.nextInt(3);
				for (int k = 0; k < take && next < pool.size(); k++) {
					DemoRegistry.Home home = pool.get(next++);
					assign(postId, team, member, home, people.getOrDefault(home.id(), List.of()),
							from.plusDays(this.random.nextInt(3)), to);
					current += (to == null) ? 1 : 0;
				}
			}
		}
		return current;
	}

	/**
	 * A member looks after a household from one day to another (null: still now) and
	 * visits it.
	 */
	void assign(long postId, List<Long> team, long member, DemoRegistry.Home home, List<DemoRegistry.Person> people,
			LocalDate from, LocalDate to) {
		UUID id = uuid();
		this.events.add(new Object[] { id, "ASSIGNMENT",
				this.ledger.canonical(new AssignmentDraft(null, home.id(), member, from)) });
		this.assignments.add(new Object[] { id, home.id(), member, postId, from, to });
		LocalDate last = (to != null) ? to : this.today;
		long days = last.toEpochDay() - from.toEpochDay();
		int roll = this.random.nextInt(100);
		int count = (to != null) ? ((roll < 55) ? 1 : (roll < 90) ? 2 : 3)
				: (days < 5 || roll < 35) ? 0 : (roll < 80) ? 1 : 2;
		if (count == 0 || days < 1) {
			return;
		}
		List<LocalDate> days2 = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			days2.add(from.plusDays(1 + this.random.nextLong(days)));
		}
		days2.sort(null);
		List<UUID> visitIds = new ArrayList<>();
		List<List<Object[]>> reachedIn = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			visitIds.add(uuid());
			reachedIn.add(new ArrayList<>());
		}
		for (DemoRegistry.Person p : people) {
			int age = this.today.getYear() - p.birthYear();
			if (age < 10) {
				continue;
			}
			boolean vneid = false;
			for (Object[] share : SHARES) {
				String code = (String) share[0];
				int chance = (Integer) share[1] / ((age >= 60) ? 2 : 1);
				if ((code.equals("VNEID_LEVEL2") && !vneid) || this.random.nextInt(100) >= chance) {
					continue;
				}
				vneid |= code.equals("VNEID_INSTALLED");
				int visit = (code.equals("SMARTPHONE") || code.equals("ZALO")) ? 0
						: code.equals("VNEID_LEVEL2") ? count - 1 : this.random.nextInt(count);
				Method method = (this.random.nextInt(100) < 65) ? Method.OBSERVED : Method.SELF_REPORTED;
				reachedIn.get(visit).add(new Object[] { uuid(), p.id(), this.skills.get(code), method });
			}
		}
		for (int i = 0; i < count; i++) {
			visit(visitIds.get(i), home, days2.get(i), team, member, reachedIn.get(i));
		}
	}

	private void visit(UUID id, DemoRegistry.Home home, LocalDate on, List<Long> team, long member,
			List<Object[]> reachedHere) {
		List<Long> members = new ArrayList<>(List.of(member));
		if (team.size() > 1 && this.random.nextInt(100) < 35) {
			long other = team.get(this.random.nextInt(team.size()));
			if (other != member) {
				members.add(other);
			}
		}
		List<Long> taughtHere = new ArrayList<>(reachedHere.stream().map((r) -> (Long) r[2]).distinct().toList());
		if (taughtHere.isEmpty()) {
			taughtHere.add(this.skills.get("SMARTPHONE"));
		}
		String note = (this.random.nextInt(100) < 30) ? NOTES[this.random.nextInt(NOTES.length)] : null;
		List<VisitDraft.Reached> drafts = reachedHere.stream()
			.map((r) -> new VisitDraft.Reached((UUID) r[0], (Long) r[1], (Long) r[2], (Method) r[3]))
			.sorted(java.util.Comparator.comparing((VisitDraft.Reached r) -> String.valueOf(r.id())))
			.toList();
		this.events.add(new Object[] { id, "VISIT",
				this.ledger.canonical(new VisitDraft(null, home.id(), on, members, taughtHere, drafts, null, note)) });
		this.visits.add(new Object[] { id, home.id(), home.unitPath(), on, note });
		members.stream().distinct().forEach((m) -> this.present.add(new Object[] { id, m }));
		taughtHere.stream().distinct().forEach((s) -> this.taught.add(new Object[] { id, s }));
		for (Object[] r : reachedHere) {
			reach((UUID) r[0], (Long) r[1], (Long) r[2], home, on, (Method) r[3], id);
		}
	}

	/** The class's marks, as {@link ClassSkills} records them, with the same ids. */
	void marked(DemoClassMarks.Mark mark, DemoRegistry.Home home) {
		Long skill = this.skills.get(mark.skillCode());
		if (skill == null || home == null) {
			return;
		}
		UUID id = UUID.nameUUIDFromBytes(
				("class:" + mark.classId() + ":" + mark.residentId() + ":" + skill).getBytes(StandardCharsets.UTF_8));
		reach(id, mark.residentId(), skill, home, mark.reachedOn(), Method.CLASS, null);
	}

	private void reach(UUID id, long resident, long skill, DemoRegistry.Home home, LocalDate on, Method method,
			UUID visit) {
		this.events.add(new Object[] { id, "SKILL_REACHED",
				this.ledger.canonical(new SkillFacts.Reached(resident, skill, on, method, visit)) });
		this.reached.add(new Object[] { id, resident, skill, home.hamletId(), home.unitPath(), on, method, visit });
	}

	private UUID uuid() {
		return SeededUuids.next(this.random);
	}

}
