package org.causo.fieldwork.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.fieldwork.ReachDraft;
import org.causo.fieldwork.ResidentSkills;
import org.causo.fieldwork.RevokeDraft;
import org.causo.fieldwork.SkillEventView;
import org.causo.fieldwork.Skills;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for the skills residents reach (the catalogue has its own, in skills). */
@RestController
@RequestMapping("/api/fieldwork")
@Tag(name = "Fieldwork: skills", description = "Skill catalogue, skills reached and revoked, per-hamlet roll-up")
class SkillApiController {

	private final Skills skills;

	SkillApiController(Skills skills) {
		this.skills = skills;
	}

	@PostMapping("/skill-events/reached")
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "Record a skill reached, with a client-made id",
			description = "Sending the same id with the same content returns the stored event; "
					+ "the same id with other content is 409.")
	SkillEventView reach(@AuthenticationPrincipal Actor actor, @RequestBody ReachDraft draft) {
		return this.skills.reach(actor.scope(), draft);
	}

	@PostMapping("/skill-events/revoked")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Revoke a skill reached, with a reason (officers); both events stay in the history")
	SkillEventView revoke(@AuthenticationPrincipal Actor actor, @RequestBody RevokeDraft draft) {
		return this.skills.revoke(actor.scope(), draft);
	}

	@GetMapping("/residents/{id}/skills")
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "A resident's skills, reached and missing, with every event")
	ResidentSkills residentSkills(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.skills.of(actor.scope(), id);
	}

	@GetMapping("/hamlets/{id}/skills")
	@Operation(summary = "Residents of a hamlet who reached each skill (skill id to count), from the roll-up")
	Map<Long, Integer> hamletRollup(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.skills.reachedInHamlet(actor.scope(), id);
	}

}
