package org.causo.fieldwork.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.causo.fieldwork.Assigned;
import org.causo.fieldwork.AssignmentBatch;
import org.causo.fieldwork.AssignmentDraft;
import org.causo.fieldwork.AssignmentView;
import org.causo.fieldwork.Assignments;
import org.causo.fieldwork.Board;
import org.causo.fieldwork.TeamDraft;
import org.causo.fieldwork.TeamView;
import org.causo.fieldwork.Teams;
import org.causo.fieldwork.UnassignedHouseholds;
import org.causo.fieldwork.VolunteerDraft;
import org.causo.registry.Chunk;
import org.causo.registry.HouseholdView;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for support teams and household assignments. */
@RestController
@RequestMapping("/api/fieldwork")
@Tag(name = "Fieldwork: teams", description = "Support teams, members, household assignments (3–5 each)")
@PreAuthorize(Allowed.FIELD)
class TeamApiController {

	private final Teams teams;

	private final Assignments assignments;

	private final UnassignedHouseholds unassigned;

	TeamApiController(Teams teams, Assignments assignments, UnassignedHouseholds unassigned) {
		this.teams = teams;
		this.assignments = assignments;
		this.unassigned = unassigned;
	}

	@GetMapping("/teams")
	@Operation(summary = "Teams of the posts inside the caller's scope (a support member's own post only)")
	List<TeamView> list(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
		return TeamController.visible(this.teams, actor, request);
	}

	@GetMapping("/teams/{id}")
	@Operation(summary = "One team and its current members")
	TeamView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.teams.get(actor.scope(), id);
	}

	@PostMapping("/teams")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Create a team at a post")
	TeamView create(@AuthenticationPrincipal Actor actor, @RequestBody TeamDraft draft) {
		return this.teams.create(actor.scope(), draft);
	}

	@PostMapping("/teams/{id}/officers")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Add an officer account of the team's post as a member",
			description = "Body: {\"officerId\": 12}")
	TeamView addOfficer(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody Map<String, Long> body) {
		return this.teams.addOfficer(actor.scope(), id, body.get("officerId"));
	}

	@PostMapping("/teams/{id}/volunteers")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Add a volunteer without a login (youth union, teacher…)")
	TeamView addVolunteer(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody VolunteerDraft draft) {
		return this.teams.addVolunteer(actor.scope(), id, draft);
	}

	@PostMapping("/teams/{id}/members/{memberId}/remove")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Remove a member; kept in the history, its households become unassigned")
	TeamView remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long memberId) {
		return this.teams.removeMember(actor.scope(), id, memberId);
	}

	@GetMapping("/teams/{id}/board")
	@Operation(summary = "Households per member, with the warning below 3 or above 5")
	Board board(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.assignments.board(actor.scope(), id);
	}

	@PostMapping("/assignments")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Assign (or reassign) a household to a member, with a client-made id",
			description = "A sixth household for a member is refused (400) unless override is true with a reason; "
					+ "the answer carries the member's load and a warning (BELOW 3, ABOVE 5). "
					+ "The same id with the same content returns the stored assignment; with other content 409.")
	Assigned assign(@AuthenticationPrincipal Actor actor, @RequestBody AssignmentDraft draft) {
		return this.assignments.assign(actor.scope(), draft);
	}

	@PostMapping("/assignments/batch")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Assign several households to one member at once; saved whole or not at all",
			description = "More than 5 households for the member is refused unless override is true with a reason.")
	List<Assigned> assignAll(@AuthenticationPrincipal Actor actor, @RequestBody AssignmentBatch batch) {
		return this.assignments.assignAll(actor.scope(), batch);
	}

	@PostMapping("/households/{id}/unassign")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Nobody looks after the household any more; the reason is kept in the history")
	AssignmentView unassign(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody Map<String, String> body) {
		return this.assignments.unassign(actor.scope(), id, (body != null) ? body.get("reason") : null);
	}

	@GetMapping("/households/{id}/assignments")
	@Operation(summary = "Who looked after a household, newest first")
	List<AssignmentView> history(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.assignments.history(actor.scope(), id);
	}

	@GetMapping("/posts/{id}/unassigned")
	@Operation(summary = "Households of the post's communes that nobody looks after, paged by key",
			description = "q searches codes, heads' names and hamlet names, diacritics ignored; hamletId filters.")
	Chunk<HouseholdView> unassigned(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long hamletId,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
		return this.unassigned.find(actor.scope(), id, q, hamletId, after, size);
	}

}
