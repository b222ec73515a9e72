package org.causo.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.fieldwork.assignments.AssignmentStore;
import org.causo.fieldwork.teams.TeamNames;
import org.causo.fieldwork.teams.TeamStore;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support teams of a border post. Members are the post's officer accounts or volunteers
 * without a login; a member who leaves stays in the history and gives up the households
 * assigned. A team outside the scope does not exist. Every change is audited.
 */
@Service
@Transactional
public class Teams {

	/** The roles whose accounts may join a team of their post. */
	static final List<Role> MEMBER_ROLES = List.of(Role.SUPPORT_MEMBER, Role.POST_OFFICER, Role.POST_COMMANDER);

	private final TeamStore store;

	private final TeamNames names;

	private final AssignmentStore assignments;

	private final BorderPosts posts;

	private final Officers officers;

	private final AuditTrail audit;

	private final Clock clock;

	Teams(TeamStore store, TeamNames names, AssignmentStore assignments, BorderPosts posts, Officers officers,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.names = names;
		this.assignments = assignments;
		this.posts = posts;
		this.officers = officers;
		this.audit = audit;
		this.clock = clock;
	}

	/** The teams of every post inside the scope. */
	@Transactional(readOnly = true)
	public List<TeamView> list(Scope scope) {
		return this.store.teams(this.posts.visibleIds(scope)).stream().map((t) -> view(t)).toList();
	}

	/**
	 * The teams a support member is shown: those of their own post only, not of the
	 * neighbouring posts that share a commune with it (users' review, journey 4).
	 */
	@Transactional(readOnly = true)
	public List<TeamView> ofOwnPost(Scope scope) {
		return list(scope).stream()
			.filter((t) -> scope.postIds().isEmpty() || scope.postIds().contains(t.postId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public TeamView get(Scope scope, long id) {
		Object[] team = this.store.team(id).orElseThrow(() -> new NotFoundException("team"));
		this.posts.get(scope, (Long) team[1]);
		return view(team);
	}

	public TeamView create(Scope scope, TeamDraft draft) {
		List<Problem> problems = new ArrayList<>();
		BorderPost post = null;
		try {
			post = (draft.postId() != null) ? this.posts.get(scope, draft.postId()) : null;
		}
		catch (NotFoundException ex) {
			post = null;
		}
		if (post == null) {
			problems.add(new Problem("postId", "team.error.post"));
		}
		String name = TeamNames.typed("name", draft.name(), problems);
		if (problems.isEmpty() && this.store.nameTaken(post.id(), name)) {
			problems.add(new Problem("name", "team.error.name.taken", name));
		}
		InvalidInputException.throwIfAny(problems);
		long id = this.store.insertTeam(post.id(), name, false);
		this.audit.record("TEAM_CREATED", "team", id, post.name() + ": " + name);
		return get(scope, id);
	}

	/**
	 * Adds an active officer account of the team's post (support member, officer,
	 * commander).
	 */
	public TeamView addOfficer(Scope scope, long teamId, Long officerId) {
		TeamView team = get(scope, teamId);
		if (officerId == null || !candidates(team).containsKey(officerId)) {
			throw InvalidInputException.of("officerId", "team.error.officer");
		}
		long id = this.store.insertMember(teamId, officerId, null, null, LocalDate.now(this.clock), false);
		this.audit.record("TEAM_MEMBER_ADDED", "team", teamId, "member=" + id + ", officer=" + officerId);
		return get(scope, teamId);
	}

	public TeamView addVolunteer(Scope scope, long teamId, VolunteerDraft draft) {
		get(scope, teamId);
		List<Problem> problems = new ArrayList<>();
		String name = TeamNames.typed("volunteerName", draft.name(), problems);
		String affiliation = SearchKey.clean(draft.affiliation());
		if (affiliation != null && affiliation.length() > TeamNames.MAX_NAME) {
			problems.add(new Problem("affiliation", "team.error.affiliation", TeamNames.MAX_NAME));
		}
		InvalidInputException.throwIfAny(problems);
		long id = this.store.insertMember(teamId, null, name,
				(affiliation == null || affiliation.isEmpty()) ? null : affiliation, LocalDate.now(this.clock), false);
		this.audit.record("TEAM_MEMBER_ADDED", "team", teamId,
				"member=" + id + ", volunteer=" + name.replace(' ', '_'));
		return get(scope, teamId);
	}

	/**
	 * A member leaves the team: kept in the history, and the households assigned become
	 * unassigned (their assignments end today).
	 */
	public TeamView removeMember(Scope scope, long teamId, long memberId) {
		TeamView team = get(scope, teamId);
		MemberView member = team.members()
			.stream()
			.filter((m) -> m.id() == memberId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("member"));
		LocalDate today = LocalDate.now(this.clock);
		this.store.leave(memberId, today);
		int ended = this.assignments.endAllOf(memberId, today, CurrentActor.username());
		this.audit.record("TEAM_MEMBER_REMOVED", "team", teamId,
				"member=" + memberId + ", name=" + member.name().replace(' ', '_') + ", unassigned=" + ended);
		return get(scope, teamId);
	}

	/**
	 * Officer accounts of the team's post who may join and are not members yet (id →
	 * name).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> candidates(TeamView team) {
		List<Long> ids = new ArrayList<>(this.officers.activeOfficersAt(team.postId(), MEMBER_ROLES));
		team.members().forEach((m) -> ids.remove(m.officerId()));
		return new java.util.TreeMap<>(this.officers.displayNames(ids));
	}

	/** The current team memberships of an officer account. */
	@Transactional(readOnly = true)
	public List<Long> membershipsOf(long officerId) {
		return this.store.membershipsOf(officerId);
	}

	/** A current member and the team, if the team's post is in the scope. */
	MemberView member(Scope scope, long memberId) {
		MemberView m = this.store.member(memberId)
			.filter((x) -> x.leftOn() == null)
			.orElseThrow(() -> new NotFoundException("member"));
		return get(scope, m.teamId()).members().stream().filter((x) -> x.id() == memberId).findFirst().orElseThrow();
	}

	/** Members by id, with names, whether or not they left. */
	public List<MemberView> byIds(List<Long> ids) {
		return this.names.named(this.store.membersOf(ids));
	}

	private TeamView view(Object[] team) {
		long postId = (Long) team[1];
		String postName = this.posts.findAnywhere(postId).map(BorderPost::name).orElse("?");
		return new TeamView((Long) team[0], postId, postName, (String) team[2],
				this.names.named(this.store.members((Long) team[0])));
	}

}
