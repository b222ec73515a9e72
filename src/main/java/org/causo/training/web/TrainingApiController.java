package org.causo.training.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.Paging;
import org.causo.skills.SkillNames;
import org.causo.training.AttendanceDraft;
import org.causo.training.AttendanceView;
import org.causo.training.Attendances;
import org.causo.training.Attendee;
import org.causo.training.ClassDraft;
import org.causo.training.ClassTotals;
import org.causo.training.ClassView;
import org.causo.training.SkillMarks;
import org.causo.training.TrainingClasses;
import org.causo.training.TrainingFigures;
import org.causo.training.WalkInDraft;

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

/**
 * JSON API for classes, attendance, skills marked and figures, within the caller's scope.
 */
@RestController
@RequestMapping("/api/training")
@Tag(name = "Training", description = "Classes, attendance (walk-ins included), skills reached, figures")
@PreAuthorize(Allowed.FIELD)
class TrainingApiController {

	private final TrainingClasses classes;

	private final Attendances attendances;

	private final TrainingFigures figures;

	private final SkillNames skills;

	TrainingApiController(TrainingClasses classes, Attendances attendances, TrainingFigures figures,
			SkillNames skills) {
		this.classes = classes;
		this.attendances = attendances;
		this.figures = figures;
		this.skills = skills;
	}

	@GetMapping("/skills")
	@Operation(summary = "The skills a class may cover: the catalogue's, retired ones left out",
			description = "Codes in catalogue order, with their names in the caller's language.")
	List<SkillNames.Skill> skills(Locale locale) {
		return this.skills.list(locale, false);
	}

	@GetMapping("/classes")
	@Operation(summary = "Classes in the hamlets of the scope, latest first")
	PageOf<ClassView> list(@AuthenticationPrincipal Actor actor, Paging paging) {
		return this.classes.search(actor.scope(), paging.request());
	}

	@GetMapping("/classes/{id}")
	@Operation(summary = "One class")
	ClassView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.classes.get(actor.scope(), id);
	}

	@PostMapping("/classes")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Plan a class in a hamlet of the scope")
	ClassView create(@AuthenticationPrincipal Actor actor, @RequestBody ClassDraft draft) {
		return this.classes.create(actor.scope(), draft);
	}

	@GetMapping("/classes/{id}/attendances")
	@Operation(summary = "Who attended, with names, in the order they came")
	List<Attendee> attendances(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.attendances.of(actor.scope(), id);
	}

	@PostMapping("/classes/{id}/attendances")
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "A registered resident attended: an event with a client-made UUID",
			description = "Each resident once per class, never over capacity (400). The same id with the same "
					+ "content again changes nothing; with other content it answers 409.")
	AttendanceView enrol(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody AttendanceDraft draft) {
		return this.attendances.enrol(actor.scope(), id, draft);
	}

	@PostMapping("/classes/{id}/walk-ins")
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "Someone not yet registered attended: registered as a resident, then recorded",
			description = "Without householdId a new household is made in the venue's hamlet with the walk-in "
					+ "as its head. An event with a client-made UUID, like an attendance.")
	AttendanceView walkIn(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody WalkInDraft draft) {
		return this.attendances.walkIn(actor.scope(), id, draft);
	}

	@PostMapping("/classes/{id}/skills")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Mark the class's skills reached for everyone who attended",
			description = "Publishes ClassSkillsReached for the fieldwork module; marks already made stay.")
	Map<String, Integer> markSkills(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody SkillMarks marks) {
		return Map.of("marked", this.attendances.markSkills(actor.scope(), id, marks));
	}

	@GetMapping("/totals")
	@PreAuthorize(Allowed.FIGURES)
	@Operation(summary = "Classes held and attendances per post and commune over a period")
	ClassTotals totals(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long post,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return this.figures.of(actor.scope(), post, from, to);
	}

}
