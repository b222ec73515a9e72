package org.causo.mailbox.web;

import java.util.List;

import org.causo.mailbox.CaseDraft;
import org.causo.mailbox.CaseOutcome;
import org.causo.mailbox.CaseSummary;
import org.causo.mailbox.CaseView;
import org.causo.mailbox.Cases;
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

/** JSON API for cases; the same scope and rules as the pages. */
@RestController
@RequestMapping("/api")
@PreAuthorize(Allowed.OFFICERS)
class CaseApiController {

	private final Cases cases;

	CaseApiController(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/cases")
	List<CaseSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long post,
			@RequestParam(required = false) String status) {
		return this.cases.list(actor.scope(), actor.officerId(), post, status);
	}

	@GetMapping("/cases/{id}")
	CaseView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.cases.get(actor.scope(), actor.officerId(), id);
	}

	@PostMapping("/cases")
	@ResponseStatus(HttpStatus.CREATED)
	CaseView open(@AuthenticationPrincipal Actor actor, @RequestBody OpenRequest request) {
		return this.cases.open(actor.scope(), actor.officerId(), (request.reportId() != null) ? request.reportId() : -1,
				new CaseDraft(request.title(), request.kind()));
	}

	@PostMapping("/cases/{id}/reports")
	CaseView link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody LinkRequest request) {
		return this.cases.link(actor.scope(), actor.officerId(), id,
				(request.reportId() != null) ? request.reportId() : -1);
	}

	@PutMapping("/cases/{id}/outcome")
	CaseView record(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody CaseOutcome outcome) {
		return this.cases.record(actor.scope(), actor.officerId(), id, outcome);
	}

	/**
	 * Opening a case.
	 *
	 * @param reportId the report it is opened from
	 * @param title title
	 * @param kind {@code MAJOR} or {@code OTHER}
	 */
	record OpenRequest(Long reportId, String title, String kind) {

	}

	/**
	 * Linking a report.
	 *
	 * @param reportId the report
	 */
	record LinkRequest(Long reportId) {

	}

}
