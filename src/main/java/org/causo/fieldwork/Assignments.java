package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.fieldwork.assignments.AssignmentRules;
import org.causo.fieldwork.assignments.AssignmentStore;
import org.causo.fieldwork.assignments.AssignmentViews;
import org.causo.fieldwork.ledger.EventLedger;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.Scope;
import org.causo.shared.web.Allowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households given to team members, 3 to 5 each: more than 5 only when an officer
 * overrides the rule with a reason (fewer than 3 is a warning). A reassignment or an
 * unassignment ends the current assignment and keeps it in the history. Each assignment
 * is an event with a client-made id. Officers only, whatever the path (page, API or a
 * device's sync): teams and assignments are theirs to change.
 */
@Service
@Transactional
public class Assignments {

	private final AssignmentStore store;

	private final Teams teams;

	private final AssignmentViews views;

	private final EventLedger ledger;

	private final Households households;

	private final BorderPosts posts;

	private final AuditTrail audit;

	private final Clock clock;

	Assignments(AssignmentStore store, Teams teams, AssignmentViews views, EventLedger ledger, Households households,
			BorderPosts posts, AuditTrail audit, Clock clock) {
		this.store = store;
		this.teams = teams;
		this.views = views;
		this.ledger = ledger;
		this.households = households;
		this.posts = posts;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Allowed.OFFICERS)
	public Assigned assign(Scope scope, AssignmentDraft d) {
		if (d.id() == null) {
			throw InvalidInputException.of("id", "fieldwork.error.id");
		}
		LocalDate on = (d.assignedOn() != null) ? d.assignedOn() : LocalDate.now(this.clock);
		String reason = (d.reason() != null) ? d.reason().strip() : "";
		// without an override the content is what it always was, so older events replay
		String content = this.ledger
			.canonical(d.overridden() ? new AssignmentDraft(null, d.householdId(), d.memberId(), on, true, reason)
					: new AssignmentDraft(null, d.householdId(), d.memberId(), on));
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
		boolean over = load(member.id()) + 1 > Load.MAX;
		AssignmentRules.checkOverride(member.name(), over ? load(member.id()) + 1 : 0, d.overridden(), reason);
		if (!this.ledger.claimed(d.id(), "ASSIGNMENT", content)) {
			return answer(scope, d.id());
		}
		this.store.end(household.id(), on, CurrentActor.username());
		this.store.insert(d.id(), household.id(), member.id(), postId, on, over ? reason : null);
		this.audit.record(current.isPresent() ? "HOUSEHOLD_REASSIGNED" : "HOUSEHOLD_ASSIGNED", "household",
				household.id(), household.code() + " -> " + member.name() + (over ? " (> 5: " + reason + ")" : ""));
		return answer(scope, d.id());
	}

	/**
	 * Gives several households to one member at once; the 3–5 rule applies to the batch,
	 * which is saved whole or not at all.
	 */
	@PreAuthorize(Allowed.OFFICERS)
	public List<Assigned> assignAll(Scope scope, AssignmentBatch batch) {
		List<Long> ids = (batch.householdIds() != null) ? batch.householdIds().stream().distinct().toList() : List.of();
		if (ids.isEmpty() || batch.memberId() == null) {
			throw InvalidInputException.of(ids.isEmpty() ? "householdIds" : "memberId", "assignment.error.required");
		}
		if (ids.size() > AssignmentRules.MAX_BATCH) {
			throw InvalidInputException.of("householdIds", "assignment.error.batch", AssignmentRules.MAX_BATCH);
		}
		MemberView member = this.teams.member(scope, batch.memberId());
		long already = ids.stream()
			.filter((id) -> this.store.current(id).filter((a) -> a.memberId() == member.id()).isPresent())
			.count();
		int after = load(member.id()) + ids.size() - (int) already;
		String reason = (batch.reason() != null) ? batch.reason().strip() : "";
		AssignmentRules.checkOverride(member.name(), (after > Load.MAX) ? after : 0,
				Boolean.TRUE.equals(batch.override()), reason);
		List<Assigned> out = new ArrayList<>();
		for (long id : ids) {
			out.add(assign(scope,
					new AssignmentDraft(UUID.randomUUID(), id, member.id(), null, batch.override(), batch.reason())));
		}
		return out;
	}

	/**
	 * Nobody looks after the household any more: its current assignment ends today, with
	 * the reason, kept in the history and the audit.
	 */
	@PreAuthorize(Allowed.OFFICERS)
	public AssignmentView unassign(Scope scope, long householdId, String reason) {
		HouseholdView household = this.households.get(scope, householdId);
		String clean = AssignmentRules.reason((reason != null) ? reason.strip() : "");
		AssignmentView current = this.store.current(household.id())
			.orElseThrow(() -> InvalidInputException.of("householdId", "assignment.error.notAssigned"));
		LocalDate today = LocalDate.now(this.clock);
		this.store.end(household.id(), today.isBefore(current.fromDate()) ? current.fromDate() : today,
				CurrentActor.username(), clean);
		this.audit.record("HOUSEHOLD_UNASSIGNED", "household", household.id(), household.code() + ": " + clean);
		return this.views.named(this.store.find(current.id()).stream().toList()).get(0);
	}

	private int load(long memberId) {
		return this.store.loads(List.of(memberId)).getOrDefault(memberId, 0);
	}

	/** Who looked after the household, newest first. */
	@Transactional(readOnly = true)
	public List<AssignmentView> history(Scope scope, long householdId) {
		this.households.get(scope, householdId);
		return this.views.named(this.store.history(householdId));
	}

	/** A team's members, each with the households assigned and the 3–5 warning. */
	@Transactional(readOnly = true)
	public Board board(Scope scope, long teamId) {
		return this.views.board(scope, this.teams.get(scope, teamId));
	}

	/** Current assignments of these members. */
	List<AssignmentView> currentOf(List<Long> memberIds) {
		return this.store.currentOf(memberIds);
	}

	private Assigned answer(Scope scope, UUID id) {
		AssignmentView a = this.store.find(id).orElseThrow(() -> new FieldEventConflictException(id));
		this.households.get(scope, a.householdId());
		AssignmentView view = this.views.named(List.of(a)).get(0);
		Load load = new Load(a.memberId(), this.store.loads(List.of(a.memberId())).getOrDefault(a.memberId(), 0));
		return new Assigned(view, load, load.warning());
	}

}
