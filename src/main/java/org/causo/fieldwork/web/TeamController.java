package org.causo.fieldwork.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.fieldwork.TeamDraft;
import org.causo.fieldwork.TeamView;
import org.causo.fieldwork.Teams;
import org.causo.fieldwork.VolunteerDraft;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.Actor;
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

/** Pages for support teams and their members. */
@Controller
@PreAuthorize(Allowed.FIELD)
class TeamController {

	private final Teams teams;

	private final BorderPosts posts;

	TeamController(Teams teams, BorderPosts posts) {
		this.teams = teams;
		this.posts = posts;
	}

	@GetMapping("/fieldwork/teams")
	String list(@AuthenticationPrincipal Actor actor, HttpServletRequest request, Model model) {
		model.addAttribute("teams", visible(this.teams, actor, request));
		model.addAttribute("posts", this.posts.list(actor.scope()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TeamDraft(null, null));
		}
		return "fieldwork/teams";
	}

	/**
	 * The teams the caller may see, for the page and the API alike: a support member only
	 * those of their own post, officers every team in their scope.
	 */
	static List<TeamView> visible(Teams teams, Actor actor, HttpServletRequest request) {
		return (request != null && request.isUserInRole("SUPPORT_MEMBER")) ? teams.ofOwnPost(actor.scope())
				: teams.list(actor.scope());
	}

	@PostMapping("/fieldwork/teams")
	@PreAuthorize(Allowed.OFFICERS)
	String create(@AuthenticationPrincipal Actor actor, TeamDraft form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(() -> {
			TeamView team = this.teams.create(actor.scope(), form);
			return "/fieldwork/teams/" + team.id();
		}, () -> list(actor, null, model), model, response, redirect);
	}

	@GetMapping("/fieldwork/teams/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		TeamView team = this.teams.get(actor.scope(), id);
		model.addAttribute("team", team);
		model.addAttribute("candidates", this.teams.candidates(team));
		return "fieldwork/team";
	}

	@PostMapping("/fieldwork/teams/{id}/officers")
	@PreAuthorize(Allowed.OFFICERS)
	String addOfficer(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) Long officerId, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> {
			this.teams.addOfficer(actor.scope(), id, officerId);
			return "/fieldwork/teams/" + id;
		}, () -> show(actor, id, model), model, response, redirect);
	}

	@PostMapping("/fieldwork/teams/{id}/volunteers")
	@PreAuthorize(Allowed.OFFICERS)
	String addVolunteer(@AuthenticationPrincipal Actor actor, @PathVariable long id, VolunteerDraft form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("volunteer", form);
		return FormErrors.saveOrShow(() -> {
			this.teams.addVolunteer(actor.scope(), id, form);
			return "/fieldwork/teams/" + id;
		}, () -> show(actor, id, model), model, response, redirect);
	}

	@PostMapping("/fieldwork/teams/{id}/members/{memberId}/remove")
	@PreAuthorize(Allowed.OFFICERS)
	String remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long memberId,
			RedirectAttributes redirect) {
		this.teams.removeMember(actor.scope(), id, memberId);
		return FormErrors.saved(redirect, "/fieldwork/teams/" + id);
	}

}
