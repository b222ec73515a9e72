package org.causo.mailbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.identity.OfficerKeys;
import org.causo.mailbox.ReportStatus;
import org.causo.mailbox.Reports;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

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

/** The officers' view of one report: reading, photos, triage, assignment, questions. */
@Controller
@PreAuthorize(Allowed.OFFICERS)
class ReportController {

	private final Reports reports;

	private final OfficerKeys keys;

	private final org.causo.mailbox.Cases cases;

	ReportController(Reports reports, OfficerKeys keys, org.causo.mailbox.Cases cases) {
		this.reports = reports;
		this.keys = keys;
		this.cases = cases;
	}

	@GetMapping("/reports/{id}")
	String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request,
			Model model) {
		model.addAttribute("report", this.reports.view(actor.scope(), actor.officerId(),
				this.keys.privateKey(actor.officerId(), request), id));
		caseOf(actor, id, model);
		return "mailbox/report";
	}

	/** The case the report feeds, or the open cases of its post it could be added to. */
	private void caseOf(Actor actor, long reportId, Model model) {
		model.addAttribute("reportCase", this.cases.ofReport(actor.scope(), actor.officerId(), reportId).orElse(null));
		model.addAttribute("caseCandidates", this.cases.candidates(actor.scope(), actor.officerId(), reportId));
		model.addAttribute("caseKinds", org.causo.mailbox.CaseKind.values());
	}

	@GetMapping("/reports/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long fileId,
			HttpServletRequest request) {
		Reports.Photo photo = this.reports.file(actor.scope(), actor.officerId(),
				this.keys.privateKey(actor.officerId(), request), id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.header("Cache-Control", "no-store")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(photo.bytes());
	}

	@PostMapping("/reports/{id}/assignee")
	String assign(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) Long assignee, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(actor, id, () -> this.reports.assign(actor.scope(), actor.officerId(), id, assignee), request,
				response, model, redirect);
	}

	@PostMapping("/reports/{id}/labels")
	String label(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "") String labels, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return change(actor, id, () -> this.reports.label(actor.scope(), actor.officerId(), id, labels), request,
				response, model, redirect);
	}

	/**
	 * Makes a change and goes back to the report; a change refused shows the report page
	 * again, with what was wrong at the top, answering 400.
	 */
	private String change(Actor actor, long id, Runnable change, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> {
			change.run();
			return "/reports/" + id;
		}, () -> page(actor, id, request, model), model, response, redirect);
	}

	private String page(Actor actor, long id, HttpServletRequest request, Model model) {
		model.addAttribute("report", this.reports.view(actor.scope(), actor.officerId(),
				this.keys.privateKey(actor.officerId(), request), id));
		return "mailbox/report";
	}

	@PostMapping("/reports/{id}/status")
	String status(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) ReportStatus status, RedirectAttributes redirect) {
		this.reports.changeStatus(actor.scope(), actor.officerId(), id, status);
		return FormErrors.saved(redirect, "/reports/" + id);
	}

	@PostMapping("/reports/{id}/messages")
	String ask(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("text", text);
		return FormErrors.saveOrShow(() -> {
			this.reports.ask(actor.scope(), actor.officerId(), this.keys.privateKey(actor.officerId(), request), id,
					text);
			return "/reports/" + id;
		}, () -> {
			caseOf(actor, id, model);
			return page(actor, id, request, model);
		}, model, response, redirect);
	}

}
