package org.causo.mailbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.OfficerKeys;
import org.causo.mailbox.Mailbox;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.Mailboxes;
import org.causo.mailbox.QrPoint;
import org.causo.mailbox.ReportFilter;
import org.causo.mailbox.ReportStatus;
import org.causo.mailbox.Reports;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.QrSvg;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.PublicUrl;
import org.causo.shared.web.pages.Refusals;
import org.causo.shared.web.pages.ListPages;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' side of the mailboxes: set-up, QR points, inbox, report, triage. */
@Controller
@PreAuthorize(Allowed.OFFICERS)
class MailboxController {

	private final Mailboxes mailboxes;

	private final Reports reports;

	private final OfficerKeys keys;

	private final PublicUrl publicUrl;

	MailboxController(Mailboxes mailboxes, Reports reports, OfficerKeys keys, PublicUrl publicUrl) {
		this.mailboxes = mailboxes;
		this.reports = reports;
		this.keys = keys;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/mailboxes")
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("mailboxes", this.mailboxes.list(actor.scope(), actor.officerId()));
		model.addAttribute("posts", this.mailboxes.postList(actor.scope()));
		model.addAttribute("kinds", MailboxKind.values());
		return "mailbox/list";
	}

	@PostMapping("/mailboxes")
	@PreAuthorize(Allowed.COMMAND)
	String create(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long postId,
			@RequestParam(required = false) MailboxKind kind, @RequestParam(defaultValue = "") String name,
			HttpServletResponse response, Model model) {
		try {
			Mailbox mailbox = this.mailboxes.create(actor.scope(), (postId != null) ? postId : -1, kind, name);
			// an administrator sets a feedback mailbox up but never sees its inbox
			return "redirect:/mailboxes/" + mailbox.id()
					+ (this.mailboxes.sees(actor.officerId(), mailbox) ? "" : "/settings");
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
			return list(actor, model);
		}
	}

	@GetMapping("/mailboxes/{id}")
	String inbox(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String category,
			@RequestParam(required = false) Long point, @RequestParam(required = false) String month,
			@RequestParam(required = false) String label, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		Mailbox mailbox = this.mailboxes.get(actor.scope(), actor.officerId(), id);
		ReportFilter filter = new ReportFilter(status, category, point, MailboxApiController.month(month), label,
				mine ? actor.officerId() : null);
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("points", this.mailboxes.points(actor.scope(), actor.officerId(), id));
		model.addAttribute("page",
				this.reports.inbox(actor.scope(), actor.officerId(), id, filter, ListPages.page(page)));
		return "mailbox/inbox";
	}

	/**
	 * The mailbox's settings, apart from its inbox: retention, keys, QR points, posters.
	 */
	@GetMapping("/mailboxes/{id}/settings")
	String settings(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model,
			HttpServletRequest request) {
		model.addAttribute("mailbox", this.mailboxes.get(actor.scope(), actor.officerId(), id));
		model.addAttribute("points", this.mailboxes.points(actor.scope(), actor.officerId(), id));
		var hamlets = this.mailboxes.hamlets(actor.scope(), actor.officerId(), id);
		model.addAttribute("hamlets", hamlets);
		model.addAttribute("hamletNames", hamlets.stream()
			.collect(java.util.stream.Collectors.toMap((h) -> h.id(), (h) -> h.name(), (a, b) -> a)));
		model.addAttribute("publicBase", this.publicUrl.base(request));
		model.addAttribute("posterLanguages", org.causo.shared.Languages.codes());
		return "mailbox/settings";
	}

	@PostMapping("/mailboxes/{id}/points")
	@PreAuthorize(Allowed.COMMAND)
	String createPoint(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Long hamletId,
			RedirectAttributes redirect) {
		return Refusals.flashed(() -> this.mailboxes.createPoint(actor.scope(), id, name, hamletId), "pointError",
				"/mailboxes/" + id + "/settings", redirect);
	}

	@PostMapping("/points/{id}/status")
	@PreAuthorize(Allowed.COMMAND)
	String pointStatus(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam String status,
			RedirectAttributes redirect) {
		var point = this.mailboxes.setPointStatus(actor.scope(), id, status);
		return FormErrors.saved(redirect, "/mailboxes/" + point.mailboxId() + "/settings");
	}

	@PostMapping("/mailboxes/{id}/retention")
	@PreAuthorize(Allowed.COMMAND)
	String retention(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) Integer days, RedirectAttributes redirect) {
		try {
			this.mailboxes.setRetention(actor.scope(), id, days);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("retentionError", true);
		}
		return "redirect:/mailboxes/" + id + "/settings";
	}

	@PostMapping("/mailboxes/{id}/grant")
	@PreAuthorize(Allowed.COMMAND)
	String grant(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			org.causo.mailbox.Granted granted = this.reports.grantOlderReports(actor.scope(), actor.officerId(),
					this.keys.privateKey(actor.officerId(), request), id);
			redirect.addFlashAttribute("granted", granted.keys());
			redirect.addFlashAttribute("grantUnopened", granted.unopened());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("grantError", true);
		}
		return "redirect:/mailboxes/" + id + "/settings";
	}

	@GetMapping(path = "/points/{code}/qr.svg")
	ResponseEntity<String> qr(@AuthenticationPrincipal Actor actor, @PathVariable String code,
			HttpServletRequest request) {
		QrPoint point = this.mailboxes.point(actor.scope(), actor.officerId(), code);
		String url = this.publicUrl.base(request) + "/q/" + org.springframework.web.util.UriUtils
			.encodePathSegment(point.code(), java.nio.charset.StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(QrSvg.of(url));
	}

	@GetMapping(path = "/points/{id}/poster.pdf")
	ResponseEntity<byte[]> poster(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "A4") String size, @RequestParam(defaultValue = "en") String second,
			HttpServletRequest request) {
		// every language the public form speaks; Vietnamese alone makes a one-language
		// poster
		java.util.Locale secondLanguage = org.causo.shared.Languages.of(second)
			.orElseThrow(() -> InvalidInputException.of("second", "points.poster.error.language"));
		byte[] pdf = this.mailboxes.poster(actor.scope(), actor.officerId(), id, secondLanguage, "A6".equals(size),
				this.publicUrl.base(request));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					"inline; filename=\"poster-" + id + "-" + ("A6".equals(size) ? "A6" : "A4") + ".pdf\"")
			.body(pdf);
	}

}
