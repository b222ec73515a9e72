package org.causo.audit.web;

import java.time.LocalDate;

import org.causo.audit.AuditTrail;
import org.causo.audit.AuditTrail.AuditQuery;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log, for province administrators: filter by person, action and date. */
@Controller
@PreAuthorize(Allowed.ADMINS)
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(actor, action, from, to);
		model.addAttribute("query", query);
		model.addAttribute("actions", this.audit.actions());
		model.addAttribute("page", this.audit.search(query, new PageOf.Request(page, 50)));
		return "audit/list";
	}

	@GetMapping("/api/audit")
	@ResponseBody
	ResponseEntity<PageOf<AuditTrail.AuditEntry>> api(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return ResponseEntity
			.ok(this.audit.search(new AuditQuery(actor, action, from, to), new PageOf.Request(page, size)));
	}

}
