package org.causo.mailbox.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.causo.mailbox.Mailbox;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.Mailboxes;
import org.causo.mailbox.QrPoint;
import org.causo.mailbox.Questions;
import org.causo.mailbox.ReportFilter;
import org.causo.mailbox.ReportStatus;
import org.causo.mailbox.ReportSummary;
import org.causo.mailbox.Reports;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.PageOf;
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

/**
 * JSON API for mailboxes, their questions and QR points, and the inbox's metadata. Report
 * content is never sent here: it is decrypted only in an officer's browser session, whose
 * key an API token does not hold.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize(Allowed.OFFICERS)
class MailboxApiController {

	private final Mailboxes mailboxes;

	private final Reports reports;

	MailboxApiController(Mailboxes mailboxes, Reports reports) {
		this.mailboxes = mailboxes;
		this.reports = reports;
	}

	@GetMapping("/mailboxes")
	List<Mailbox> list(@AuthenticationPrincipal Actor actor) {
		return this.mailboxes.list(actor.scope(), actor.officerId());
	}

	@PostMapping("/mailboxes")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.COMMAND)
	Mailbox create(@AuthenticationPrincipal Actor actor, @RequestBody NewMailbox request) {
		return this.mailboxes.create(actor.scope(), (request.postId() != null) ? request.postId() : -1, request.kind(),
				request.name());
	}

	@GetMapping("/mailboxes/{id}")
	Mailbox get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		Mailbox mailbox = this.mailboxes.get(actor.scope(), actor.officerId(), id);
		if (!this.mailboxes.sees(actor.officerId(), mailbox)) {
			throw new org.causo.shared.NotFoundException("mailbox");
		}
		return mailbox;
	}

	@GetMapping("/mailboxes/{id}/questions")
	Questions questions(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.mailboxes.get(actor.scope(), actor.officerId(), id).questions();
	}

	@PutMapping("/mailboxes/{id}/questions")
	@PreAuthorize(Allowed.COMMAND)
	Questions setQuestions(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody Questions questions) {
		return this.mailboxes.setQuestions(actor.scope(), id, questions).questions();
	}

	@PutMapping("/mailboxes/{id}/retention")
	@PreAuthorize(Allowed.COMMAND)
	Mailbox retention(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody Retention request) {
		return this.mailboxes.setRetention(actor.scope(), id, request.days());
	}

	@GetMapping("/mailboxes/{id}/points")
	List<QrPoint> points(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.mailboxes.points(actor.scope(), actor.officerId(), id);
	}

	@PostMapping("/mailboxes/{id}/points")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.COMMAND)
	QrPoint createPoint(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody NewPoint request) {
		return this.mailboxes.createPoint(actor.scope(), id, request.name(), request.hamletId());
	}

	@PutMapping("/points/{id}/status")
	@PreAuthorize(Allowed.COMMAND)
	QrPoint pointStatus(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody PointStatus request) {
		return this.mailboxes.setPointStatus(actor.scope(), id, request.status());
	}

	/** The inbox: metadata of the reports (never their content), filtered and paged. */
	@GetMapping("/mailboxes/{id}/reports")
	PageOf<ReportSummary> inbox(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Long point, @RequestParam(required = false) String month,
			@RequestParam(required = false) String label, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "0") int page) {
		ReportFilter filter = new ReportFilter(status, category, point, month(month), label,
				mine ? actor.officerId() : null);
		return this.reports.inbox(actor.scope(), actor.officerId(), id, filter, new PageOf.Request(page, 25));
	}

	@PostMapping("/reports/{id}/status")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeStatus(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody StatusChange request) {
		this.reports.changeStatus(actor.scope(), actor.officerId(), id, request.status());
	}

	static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("month", "report.error.month");
		}
	}

	/**
	 * A new mailbox.
	 *
	 * @param postId the post reading it
	 * @param kind crime tips or feedback
	 * @param name its name
	 */
	record NewMailbox(Long postId, MailboxKind kind, String name) {

	}

	/**
	 * Retention.
	 *
	 * @param days days a closed report is kept
	 */
	record Retention(Integer days) {

	}

	/**
	 * A new QR point.
	 *
	 * @param name the place
	 * @param hamletId the hamlet, optional
	 */
	record NewPoint(String name, Long hamletId) {

	}

	/**
	 * A point's new status.
	 *
	 * @param status ACTIVE, PAUSED or RETIRED
	 */
	record PointStatus(String status) {

	}

	/**
	 * A report's new status.
	 *
	 * @param status the status
	 */
	record StatusChange(ReportStatus status) {

	}

}
