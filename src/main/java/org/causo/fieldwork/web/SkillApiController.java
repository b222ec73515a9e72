package org.causo.fieldwork.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.fieldwork.ReachDraft;
import org.causo.fieldwork.ResidentSkills;
import org.causo.fieldwork.RevokeDraft;
import org.causo.fieldwork.SkillCatalogue;
import org.causo.fieldwork.SkillDraft;
import org.causo.fieldwork.SkillEventView;
import org.causo.fieldwork.SkillView;
import org.causo.fieldwork.Skills;
import org.causo.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for the skill catalogue and the skills residents reach. */
@RestController
@RequestMapping("/api/fieldwork")
@Tag(name = "Fieldwork: skills", description = "Skill catalogue, skills reached and revoked, per-hamlet roll-up")
class SkillApiController {

	private final SkillCatalogue catalogue;

	private final Skills skills;

	SkillApiController(SkillCatalogue catalogue, Skills skills) {
		this.catalogue = catalogue;
		this.skills = skills;
	}

	@GetMapping("/skills")
	@Operation(summary = "The skill catalogue in teaching order; retired skills too with retired=true")
	List<SkillView> list(@RequestParam(defaultValue = "false") boolean retired) {
		return this.catalogue.list(retired);
	}

	@PostMapping("/skills")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(FieldRoles.ADMIN)
	@Operation(summary = "Add a skill (province admins); its code never changes")
	SkillView create(@RequestBody SkillDraft draft) {
		return this.catalogue.create(draft);
	}

	@PutMapping("/skills/{id}")
	@PreAuthorize(FieldRoles.ADMIN)
	@Operation(summary = "Rename a skill in Vietnamese, English and French (the code is kept)")
	SkillView rename(@PathVariable long id, @RequestBody SkillDraft draft) {
		return this.catalogue.rename(id, draft);
	}

	@PostMapping("/skills/{id}/retire")
	@PreAuthorize(FieldRoles.ADMIN)
	@Operation(summary = "Retire a skill (retired=false restores it); its history stays")
	SkillView retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired) {
		return this.catalogue.setRetired(id, retired);
	}

	@PostMapping("/skills/{id}/move")
	@PreAuthorize(FieldRoles.ADMIN)
	@Operation(summary = "Move a skill one place up or down in the order")
	List<SkillView> move(@PathVariable long id, @RequestParam(defaultValue = "up") String direction) {
		return this.catalogue.move(id, !"down".equals(direction));
	}

	@PostMapping("/skill-events/reached")
	@PreAuthorize(FieldRoles.FIELD)
	@Operation(summary = "Record a skill reached, with a client-made id",
			description = "Sending the same id with the same content returns the stored event; "
					+ "the same id with other content is 409.")
	SkillEventView reach(@AuthenticationPrincipal Actor actor, @RequestBody ReachDraft draft) {
		return this.skills.reach(actor.scope(), draft);
	}

	@PostMapping("/skill-events/revoked")
	@PreAuthorize(FieldRoles.OFFICERS)
	@Operation(summary = "Revoke a skill reached, with a reason (officers); both events stay in the history")
	SkillEventView revoke(@AuthenticationPrincipal Actor actor, @RequestBody RevokeDraft draft) {
		return this.skills.revoke(actor.scope(), draft);
	}

	@GetMapping("/residents/{id}/skills")
	@PreAuthorize(FieldRoles.FIELD)
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
