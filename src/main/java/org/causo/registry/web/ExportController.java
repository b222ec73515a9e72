package org.causo.registry.web;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.registry.exporting.RegistryExport;
import org.causo.registry.search.SkillFilter;
import org.causo.shared.Actor;
import org.causo.shared.web.ExportResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list pages' downloads: what the list shows, with its filters, as CSV or XLSX. */
@Controller
@PreAuthorize(Roles.EDITORS)
class ExportController {

	private final RegistryExport exports;

	private final SkillFilter skills;

	private final Clock clock;

	ExportController(RegistryExport exports, SkillFilter skills, Clock clock) {
		this.exports = exports;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping("/households/export")
	void households(@AuthenticationPrincipal Actor actor, ListFilter filter,
			@RequestParam(required = false) String format, HttpServletResponse response, Locale locale) {
		this.exports.households(actor.scope(), filter.households(this.skills),
				ExportResponse.download(response, format, null, "households", this.clock), locale);
	}

	@GetMapping("/residents/export")
	void residents(@AuthenticationPrincipal Actor actor, ListFilter filter,
			@RequestParam(required = false) String format, HttpServletResponse response, Locale locale) {
		this.exports.residents(actor.scope(), filter.residents(this.skills),
				ExportResponse.download(response, format, null, "residents", this.clock), locale);
	}

}
