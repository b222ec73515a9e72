package org.causo.skills.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.shared.web.Allowed;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillDraft;
import org.causo.skills.SkillView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for the skill catalogue, at its address under fieldwork. */
@RestController
@RequestMapping("/api/fieldwork/skills")
@Tag(name = "Fieldwork: skills", description = "Skill catalogue, skills reached and revoked, per-hamlet roll-up")
class SkillCatalogueApiController {

	private final SkillCatalogue catalogue;

	SkillCatalogueApiController(SkillCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "The skill catalogue in teaching order; retired skills too with retired=true")
	List<SkillView> list(@RequestParam(defaultValue = "false") boolean retired) {
		return this.catalogue.list(retired);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.ADMINS)
	@Operation(summary = "Add a skill (province admins); its code never changes")
	SkillView create(@RequestBody SkillDraft draft) {
		return this.catalogue.create(draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Allowed.ADMINS)
	@Operation(summary = "Rename a skill in Vietnamese, English and French (the code is kept)")
	SkillView rename(@PathVariable long id, @RequestBody SkillDraft draft) {
		return this.catalogue.rename(id, draft);
	}

	@PostMapping("/{id}/retire")
	@PreAuthorize(Allowed.ADMINS)
	@Operation(summary = "Retire a skill (retired=false restores it); its history stays")
	SkillView retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired) {
		return this.catalogue.setRetired(id, retired);
	}

	@PostMapping("/{id}/move")
	@PreAuthorize(Allowed.ADMINS)
	@Operation(summary = "Move a skill one place up or down in the order")
	List<SkillView> move(@PathVariable long id, @RequestParam(defaultValue = "up") String direction) {
		return this.catalogue.move(id, !"down".equals(direction));
	}

}
