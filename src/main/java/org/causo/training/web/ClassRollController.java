package org.causo.training.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.training.AttendanceView;
import org.causo.training.ClassRoll;
import org.causo.shared.web.pages.Refusals;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The class roll on the class page and in the API: mark an enrolled person present or
 * absent, or take them off the class. A refusal comes back to the class page as its
 * message.
 */
@Controller
@Tag(name = "Training")
@PreAuthorize(Allowed.FIELD)
class ClassRollController {

	private final ClassRoll roll;

	ClassRollController(ClassRoll roll) {
		this.roll = roll;
	}

	@PostMapping("/classes/{id}/attendances/{attendance}/present")
	String mark(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable UUID attendance,
			@RequestParam(required = false) Boolean present, RedirectAttributes redirect) {
		return Refusals.flashed(() -> this.roll.mark(actor.scope(), id, attendance, present), "rollProblem",
				"/classes/" + id + "#attendees", redirect);
	}

	@PostMapping("/classes/{id}/attendances/{attendance}/remove")
	String remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable UUID attendance,
			RedirectAttributes redirect) {
		return Refusals.flashed(() -> this.roll.remove(actor.scope(), id, attendance), "rollProblem",
				"/classes/" + id + "#attendees", redirect);
	}

	@PostMapping("/api/training/classes/{id}/attendances/{attendance}/presence")
	@ResponseBody
	@Operation(summary = "Mark an enrolled person present (true) or absent (false), once the class is held")
	AttendanceView presence(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable UUID attendance,
			@RequestBody Map<String, Boolean> body) {
		return this.roll.mark(actor.scope(), id, attendance, (body != null) ? body.get("present") : null);
	}

	@PostMapping("/api/training/classes/{id}/attendances/{attendance}/remove")
	@ResponseBody
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a person off the class (refused once a skill is marked for them)")
	void removeApi(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable UUID attendance) {
		this.roll.remove(actor.scope(), id, attendance);
	}

}
