package org.causo.registry.web;

import java.util.Locale;

import org.causo.registry.exporting.RegistryExport;
import org.causo.registry.search.SkillFilter;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.DownloadRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The list pages' downloads: what the list shows, with its filters, as CSV or XLSX. */
@Controller
@PreAuthorize(Allowed.OFFICERS)
class ExportController {

	private final RegistryExport exports;

	private final SkillFilter skills;

	ExportController(RegistryExport exports, SkillFilter skills) {
		this.exports = exports;
		this.skills = skills;
	}

	@GetMapping("/households/export")
	void households(@AuthenticationPrincipal Actor actor, ListFilter filter, DownloadRequest download, Locale locale) {
		this.exports.households(actor.scope(), filter.households(this.skills), download.named("households"), locale);
	}

	@GetMapping("/residents/export")
	void residents(@AuthenticationPrincipal Actor actor, ListFilter filter, DownloadRequest download, Locale locale) {
		this.exports.residents(actor.scope(), filter.residents(this.skills), download.named("residents"), locale);
	}

}
