package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.registry.Chunk;
import org.causo.registry.Criterion;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.shared.InvalidInputException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households given to team members, 3 to 5 each (outside that a warning, never a
 * refusal). A reassignment ends the current assignment and keeps it in the history. Each
 * assignment is an event with a client-made id.
 */
@Service
@Transactional
public class Assignments {

	private final AssignmentStore store;

	private final Teams teams;

	private final EventLedger ledger;

	private final Households households;

	private final BorderPosts posts;

	private final AuditTrail audit;

	private final Clock clock;

	Assignments(AssignmentStore store, Teams teams, EventLedger ledger, Households households, BorderPosts posts,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.teams = teams;
		this.ledger = ledger;
		this.households = households;
		this.posts = posts;
		this.audit = audit;
		this.clock = clock;
	}

	public Assigned assign(Scope scope, AssignmentDraft d) {
		if (d.id() == null) {
			throw InvalidInputException.of("id", "fieldwork.error.id");
		}
		LocalDate on = (d.assignedOn() != null) ? d.assignedOn() : LocalDate.now(this.clock);
		String content = this.ledger.canonical(new AssignmentDraft(null, d.householdId(), d.memberId(), on));
		if (this.ledger.isReplay(d.id(), "ASSIGNMENT", content)) {
			return answer(scope, d.id());
		}
		if (d.householdId() == null || d.memberId() == null) {
			throw InvalidInputException.of((d.householdId() == null) ? "householdId" : "memberId",
					"assignment.error.required");
		}
		HouseholdView household = this.households.get(scope, d.householdId());
		MemberView member = this.teams.member(scope, d.memberId());
		long postId = this.teams.get(scope, member.teamId()).postId();
		BorderPost post = this.posts.get(scope, postId);
		if (post.communes().stream().noneMatch((c) -> c.id() == household.communeId())) {
			throw InvalidInputException.of("householdId", "assignment.error.commune", post.name());
		}
		if (on.isAfter(LocalDate.now(this.clock)) || on.getYear() < 2000) {
			throw InvalidInputException.of("assignedOn", "fieldwork.error.date.range");
		}
		var current = this.store.current(household.id());
		if (current.isPresent() && current.get().memberId() == member.id()) {
			throw InvalidInputException.of("memberId", "assignment.error.same");
		}
		if (current.isPresent() && on.isBefore(current.get().fromDate())) {
			throw InvalidInputException.of("assignedOn", "assignment.error.before", current.get().fromDate());
		}
		if (!this.ledger.claim(d.id(), "ASSIGNMENT", content)) {
			this.ledger.isReplay(d.id(), "ASSIGNMENT", content);
			return answer(scope, d.id());
		}
		this.store.end(household.id(), on, EventLedger.actorName());
		this.store.insert(d.id(), household.id(), member.id(), postId, on);
		this.audit.record(current.isPresent() ? "HOUSEHOLD_REASSIGNED" : "HOUSEHOLD_ASSIGNED", "household",
				household.id(), household.code() + " -> " + member.name());
		return answer(scope, d.id());
	}

	/** Who looked after the household, newest first. */
	@Transactional(readOnly = true)
	public List<AssignmentView> history(Scope scope, long householdId) {
		this.households.get(scope, householdId);
		return named(this.store.history(householdId));
	}

	/** A team's members, each with the households assigned and the 3–5 warning. */
	@Transactional(readOnly = true)
	public Board board(Scope scope, long teamId) {
		TeamView team = this.teams.get(scope, teamId);
		List<Long> ids = team.members().stream().map(MemberView::id).toList();
		Map<Long, List<AssignmentView>> byMember = this.store.currentOf(ids)
			.stream()
			.collect(Collectors.groupingBy(AssignmentView::memberId));
		List<Board.Line> lines = new ArrayList<>();
		for (MemberView m : team.members()) {
			List<HouseholdView> hs = byMember.getOrDefault(m.id(), List.of())
				.stream()
				.map((a) -> visible(scope, a.householdId()))
				.filter(java.util.Objects::nonNull)
				.toList();
			lines.add(new Board.Line(m, new Load(m.id(), byMember.getOrDefault(m.id(), List.of()).size()), hs));
		}
		return new Board(team, lines);
	}

	/**
	 * Active households of the post's communes (inside the scope) that nobody looks
	 * after.
	 */
	@Transactional(readOnly = true)
	public Chunk<HouseholdView> unassigned(Scope scope, long postId, String text, String after, int size) {
		BorderPost post = this.posts.get(scope, postId);
		Long[] communes = post.communes().stream().map(OrgUnit::id).toArray(Long[]::new);
		HouseholdQuery query = new HouseholdQuery(text, null, null, null, null, null, null, false, List.of())
			.and(new Criterion("h.commune_id = any(:fieldworkCommunes)", Map.of("fieldworkCommunes", communes)))
			.and(new Criterion(
					"not exists (select 1 from assignment fa where fa.household_id = h.id and fa.to_date is null)",
					Map.of()));
		return this.households.search(scope, query, after, size);
	}

	/** Current assignments of these members. */
	List<AssignmentView> currentOf(List<Long> memberIds) {
		return this.store.currentOf(memberIds);
	}

	/** The household if it is inside the scope, else null. */
	private HouseholdView visible(Scope scope, long householdId) {
		try {
			return this.households.get(scope, householdId);
		}
		catch (org.causo.shared.NotFoundException ex) {
			return null;
		}
	}

	private Assigned answer(Scope scope, UUID id) {
		AssignmentView a = this.store.find(id).orElseThrow(() -> new FieldEventConflictException(id));
		this.households.get(scope, a.householdId());
		AssignmentView view = named(List.of(a)).get(0);
		Load load = new Load(a.memberId(), this.store.loads(List.of(a.memberId())).getOrDefault(a.memberId(), 0));
		return new Assigned(view, load, load.warning());
	}

	private List<AssignmentView> named(List<AssignmentView> list) {
		Map<Long, String> names = this.teams.byIds(list.stream().map(AssignmentView::memberId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(MemberView::id, MemberView::name));
		return list.stream()
			.map((a) -> new AssignmentView(a.id(), a.householdId(), a.memberId(), names.get(a.memberId()), a.fromDate(),
					a.toDate(), a.recordedBy(), a.endedBy()))
			.toList();
	}

}
