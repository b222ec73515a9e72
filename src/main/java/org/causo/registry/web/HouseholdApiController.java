package org.causo.registry.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.registry.Chunk;
import org.causo.registry.HouseholdDraft;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.registry.SurveyDraft;
import org.causo.registry.SurveyView;
import org.causo.registry.Surveys;
import org.causo.registry.search.SkillFilter;
import org.causo.shared.Actor;
import org.causo.shared.NotFoundException;
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

/** JSON API for households and their survey answers, within the caller's scope. */
@RestController
@RequestMapping("/api/households")
@Tag(name = "Registry: households", description = "Households, members and dated survey answers")
@PreAuthorize(Allowed.FIELD)
class HouseholdApiController {

	private final Households households;

	private final Residents residents;

	private final Surveys surveys;

	private final SkillFilter skills;

	HouseholdApiController(Households households, Residents residents, Surveys surveys, SkillFilter skills) {
		this.households = households;
		this.residents = residents;
		this.surveys = surveys;
		this.skills = skills;
	}

	@GetMapping
	@Operation(summary = "Search households by code, head's name or phone (diacritics ignored), paged by key",
			description = "Pass the returned `next` as `after` for the following page.")
	Chunk<HouseholdView> list(@AuthenticationPrincipal Actor actor, HouseholdFilter filter,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "25") int size) {
		return this.households.search(actor.scope(), filter.query(this.skills), after, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One household")
	HouseholdView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.households.get(actor.scope(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Create a household; its code is unique in the commune")
	HouseholdView create(@AuthenticationPrincipal Actor actor, @RequestBody HouseholdDraft draft) {
		return this.households.create(actor.scope(), draft);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Edit a household")
	HouseholdView update(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody HouseholdDraft draft) {
		return this.households.update(actor.scope(), id, draft);
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Archive a household (never deleted)")
	HouseholdView archive(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.households.archive(actor.scope(), id);
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Restore an archived household")
	HouseholdView restore(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.households.restore(actor.scope(), id);
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "Active members of a household")
	List<ResidentView> members(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.residents.members(actor.scope(), id);
	}

	@GetMapping("/{id}/surveys")
	@Operation(summary = "Survey answers of a household, newest first",
			description = "Each entry is the household's state after that survey: a question the survey did not "
					+ "ask keeps its last known answer; answeredOn gives the day of each known answer. "
					+ "A null answer is unknown (never asked), not \"none\".")
	List<SurveyView> surveys(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "50") int limit) {
		return this.surveys.history(actor.scope(), id, limit);
	}

	@GetMapping("/{id}/surveys/current")
	@Operation(summary = "The household's current survey state: each question's last known answer and its day",
			description = "404 when the household was never surveyed.")
	SurveyView currentSurvey(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.surveys.latest(actor.scope(), id).orElseThrow(() -> new NotFoundException("survey"));
	}

	@PostMapping("/{id}/surveys")
	@Operation(summary = "Record a survey answer, an event with a client-made UUID",
			description = "Sending the same id with the same answers again changes nothing; "
					+ "the same id with other answers answers 409.")
	SurveyView record(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody SurveyDraft draft) {
		return this.surveys.record(actor.scope(), id, draft);
	}

}
