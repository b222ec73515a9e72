package org.causo.fieldwork.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.fieldwork.Assigned;
import org.causo.fieldwork.AssignmentBatch;
import org.causo.fieldwork.AssignmentDraft;
import org.causo.fieldwork.Assignments;
import org.causo.fieldwork.UnassignedHouseholds;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assignment board of a team: who looks after which households, and the rest. */
@Controller
@PreAuthorize(Allowed.FIELD)
class AssignmentController {

	private final Assignments assignments;

	private final UnassignedHouseholds unassigned;

	AssignmentController(Assignments assignments, UnassignedHouseholds unassigned) {
		this.assignments = assignments;
		this.unassigned = unassigned;
	}

	@GetMapping("/fieldwork/teams/{id}/assignments")
	String board(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long hamletId, @RequestParam(required = false) String after, Model model) {
		var board = this.assignments.board(actor.scope(), id);
		model.addAttribute("board", board);
		model.addAttribute("q", q);
		model.addAttribute("hamletId", hamletId);
		model.addAttribute("hamlets", this.unassigned.hamlets(actor.scope(), board.team().postId()));
		model.addAttribute("unassigned",
				this.unassigned.find(actor.scope(), board.team().postId(), q, hamletId, after, 50));
		model.addAttribute("eventId", UUID.randomUUID());
		return "fieldwork/assignments";
	}

	@PostMapping("/fieldwork/teams/{id}/assignments")
	@PreAuthorize(Allowed.OFFICERS)
	String assign(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam UUID eventId,
			@RequestParam(required = false) Long householdId, @RequestParam(required = false) Long memberId,
			@RequestParam(required = false) Boolean override, @RequestParam(required = false) String reason,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			Assigned assigned = this.assignments.assign(actor.scope(),
					new AssignmentDraft(eventId, householdId, memberId, null, override, reason));
			return saved(id, assigned, redirect);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return board(actor, id, null, null, null, model);
		}
	}

	/** Several households to one member, one submit (the page's checkboxes). */
	@PostMapping("/fieldwork/teams/{id}/assignments/batch")
	@PreAuthorize(Allowed.OFFICERS)
	String assignAll(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) List<Long> householdIds, @RequestParam(required = false) Long memberId,
			@RequestParam(required = false) Boolean override, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long hamletId,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			List<Assigned> done = this.assignments.assignAll(actor.scope(),
					new AssignmentBatch(memberId, householdIds, override, reason));
			redirect.addAttribute("q", q);
			redirect.addAttribute("hamletId", hamletId);
			return saved(id, done.get(done.size() - 1), redirect);
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			model.addAttribute("batchReason", reason);
			return board(actor, id, q, hamletId, null, model);
		}
	}

	@PostMapping("/fieldwork/teams/{id}/assignments/unassign")
	@PreAuthorize(Allowed.OFFICERS)
	String unassign(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long householdId,
			@RequestParam(required = false) String reason, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> {
			this.assignments.unassign(actor.scope(), householdId, reason);
			return "/fieldwork/teams/" + id + "/assignments";
		}, () -> board(actor, id, null, null, null, model), model, response, redirect);
	}

	private static String saved(long teamId, Assigned assigned, RedirectAttributes redirect) {
		if (assigned.warning() != null) {
			redirect.addFlashAttribute("loadWarning", assigned.warning());
			redirect.addFlashAttribute("loadName", assigned.assignment().memberName());
			redirect.addFlashAttribute("loadCount", assigned.load().households());
		}
		return FormErrors.saved(redirect, "/fieldwork/teams/" + teamId + "/assignments");
	}

}
