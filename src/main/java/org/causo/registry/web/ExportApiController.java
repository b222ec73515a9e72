package org.causo.registry.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.registry.exporting.RegistryExport;
import org.causo.registry.search.SkillFilter;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.DownloadRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The household and resident lists as files, with the list API's filters. */
@RestController
@Tag(name = "Registry: export", description = "Household and resident lists as CSV or XLSX, streamed, audited")
@PreAuthorize(Allowed.OFFICERS)
class ExportApiController {

	/** What both exports say about the file's format and who may download it. */
	private static final String FORMAT = "format=csv|xlsx, or Accept: text/csv or the XLSX media type; CSV by default. "
			+ "For province admins, post commanders and post officers; audited.";

	private final RegistryExport exports;

	private final SkillFilter skills;

	ExportApiController(RegistryExport exports, SkillFilter skills) {
		this.exports = exports;
		this.skills = skills;
	}

	@GetMapping("/api/households/export")
	@Operation(summary = "Households within scope and filters, as CSV (UTF-8 with BOM) or XLSX", description = FORMAT)
	void households(@AuthenticationPrincipal Actor actor, HouseholdFilter filter, DownloadRequest download,
			Locale locale) {
		this.exports.households(actor.scope(), filter.query(this.skills), download.named("households"), locale);
	}

	@GetMapping("/api/residents/export")
	@Operation(summary = "Residents within scope and filters, as CSV (UTF-8 with BOM) or XLSX; never national IDs",
			description = FORMAT)
	void residents(@AuthenticationPrincipal Actor actor, ResidentFilter filter, DownloadRequest download,
			Locale locale) {
		this.exports.residents(actor.scope(), filter.query(this.skills), download.named("residents"), locale);
	}

}
