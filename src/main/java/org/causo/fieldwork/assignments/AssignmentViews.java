package org.causo.fieldwork.assignments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.causo.fieldwork.AssignmentView;
import org.causo.fieldwork.Board;
import org.causo.fieldwork.Load;
import org.causo.fieldwork.MemberView;
import org.causo.fieldwork.TeamView;
import org.causo.fieldwork.Teams;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/** Assignments as shown: with the members' names, and a team's board. */
@Component
public class AssignmentViews {

	private final AssignmentStore store;

	private final Teams teams;

	private final Households households;

	AssignmentViews(AssignmentStore store, Teams teams, Households households) {
		this.store = store;
		this.teams = teams;
		this.households = households;
	}

	/** A team's members, each with the households assigned and the 3–5 warning. */
	public Board board(Scope scope, TeamView team) {
		List<Long> ids = team.members().stream().map(MemberView::id).toList();
		Map<Long, List<AssignmentView>> byMember = this.store.currentOf(ids)
			.stream()
			.collect(Collectors.groupingBy(AssignmentView::memberId));
		List<Board.Line> lines = new ArrayList<>();
		for (MemberView m : team.members()) {
			List<HouseholdView> hs = byMember.getOrDefault(m.id(), List.of())
				.stream()
				.map((a) -> visible(scope, a.householdId()))
				.filter(Objects::nonNull)
				.toList();
			lines.add(new Board.Line(m, new Load(m.id(), byMember.getOrDefault(m.id(), List.of()).size()), hs));
		}
		return new Board(team, lines);
	}

	/** The household if it is inside the scope, else null. */
	private HouseholdView visible(Scope scope, long householdId) {
		try {
			return this.households.get(scope, householdId);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	/** The assignments with their member's name, whether or not the member left. */
	public List<AssignmentView> named(List<AssignmentView> list) {
		Map<Long, String> names = this.teams.byIds(list.stream().map(AssignmentView::memberId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(MemberView::id, MemberView::name));
		return list.stream()
			.map((a) -> new AssignmentView(a.id(), a.householdId(), a.memberId(), names.get(a.memberId()), a.fromDate(),
					a.toDate(), a.recordedBy(), a.endedBy(), a.overrideReason(), a.endReason()))
			.toList();
	}

}
