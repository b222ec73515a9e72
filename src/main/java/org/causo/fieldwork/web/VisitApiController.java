package org.causo.fieldwork.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.fieldwork.MyHousehold;
import org.causo.fieldwork.MyHouseholds;
import org.causo.fieldwork.VisitDraft;
import org.causo.fieldwork.VisitView;
import org.causo.fieldwork.Visits;
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

/** JSON API for visits and the member's own households. */
@RestController
@RequestMapping("/api/fieldwork")
@Tag(name = "Fieldwork: visits", description = "Visits with skills reached and survey answers; my households")
@PreAuthorize(Allowed.FIELD)
class VisitApiController {

	private final Visits visits;

	private final MyHouseholds mine;

	VisitApiController(Visits visits, MyHouseholds mine) {
		this.visits = visits;
		this.mine = mine;
	}

	@PostMapping("/visits")
	@Operation(summary = "Record a visit, with a client-made id",
			description = "Skills reached become skill events (each with its own id); survey answers become a "
					+ "registry survey observation. The same id with the same content returns the stored visit; "
					+ "with other content 409.")
	VisitView record(@AuthenticationPrincipal Actor actor, @RequestBody VisitDraft draft) {
		return this.visits.record(actor.scope(), draft);
	}

	@GetMapping("/households/{id}/visits")
	@Operation(summary = "Visits to a household, newest first")
	List<VisitView> ofHousehold(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.visits.ofHousehold(actor.scope(), id);
	}

	@GetMapping("/my-households")
	@Operation(summary = "The caller's households: skills missing, last visit, what to do next")
	List<MyHousehold> mine(@AuthenticationPrincipal Actor actor) {
		return this.mine.of(actor);
	}

}
