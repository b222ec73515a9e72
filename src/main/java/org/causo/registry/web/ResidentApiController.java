package org.causo.registry.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.registry.Chunk;
import org.causo.registry.Membership;
import org.causo.registry.MoveDraft;
import org.causo.registry.ResidentDraft;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.registry.search.SkillFilter;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;

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

/** JSON API for residents, their moves and (for the roles that need it) national IDs. */
@RestController
@RequestMapping("/api/residents")
@Tag(name = "Registry: residents", description = "Residents, moves between households, national IDs")
@PreAuthorize(Allowed.FIELD)
class ResidentApiController {

	private final Residents residents;

	private final SkillFilter skills;

	ResidentApiController(Residents residents, SkillFilter skills) {
		this.residents = residents;
		this.skills = skills;
	}

	@GetMapping
	@Operation(summary = "Search residents by name or phone (diacritics ignored), paged by key",
			description = "Pass the returned `next` as `after` for the following page.")
	Chunk<ResidentView> list(@AuthenticationPrincipal Actor actor, ResidentFilter filter,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "25") int size) {
		return this.residents.search(actor.scope(), filter.query(this.skills), after, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One resident; the national ID is masked")
	ResidentView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.residents.get(actor.scope(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Create a resident in a household")
	ResidentView create(@AuthenticationPrincipal Actor actor, @RequestBody ResidentDraft draft) {
		return this.residents.create(actor.scope(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Edit a resident; a blank national ID keeps the stored one")
	ResidentView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ResidentDraft draft) {
		return this.residents.update(actor.scope(), id, draft);
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Archive a resident who no longer lives here")
	ResidentView archive(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.residents.archive(actor.scope(), id);
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Restore an archived resident")
	ResidentView restore(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.residents.restore(actor.scope(), id);
	}

	@PostMapping("/{id}/move")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Move a resident to another household; the history is kept")
	ResidentView move(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody MoveDraft move) {
		return this.residents.move(actor.scope(), id, move);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "The households a resident belonged to, newest first")
	List<Membership> history(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.residents.history(actor.scope(), id);
	}

	@PostMapping("/{id}/national-id/reveal")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Reveal the national ID in clear; audited every time")
	Map<String, String> reveal(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return Map.of("nationalId", this.residents.revealNationalId(actor.scope(), id));
	}

}
