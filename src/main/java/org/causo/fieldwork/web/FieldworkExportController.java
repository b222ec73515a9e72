package org.causo.fieldwork.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.causo.fieldwork.FieldworkExport;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.DownloadRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the fieldwork lists, for the pages' links and the JSON API alike:
 * {@code format=csv|xlsx}, or the Accept header; CSV by default.
 */
@Controller
@Tag(name = "Fieldwork: export", description = "Teams, members and assignments as CSV or XLSX, streamed, audited")
@PreAuthorize(Allowed.FIELD)
class FieldworkExportController {

	private final FieldworkExport exports;

	FieldworkExportController(FieldworkExport exports) {
		this.exports = exports;
	}

	@GetMapping({ "/fieldwork/teams/export", "/api/fieldwork/teams/export" })
	@Operation(summary = "Teams of the posts in scope, with their post and member count",
			description = DownloadRequest.FORMATS)
	void teams(@AuthenticationPrincipal Actor actor, DownloadRequest download, Locale locale) {
		this.exports.teams(actor.scope(), download.named("teams"), locale);
	}

	@GetMapping({ "/fieldwork/teams/{id}/members/export", "/api/fieldwork/teams/{id}/members/export" })
	@Operation(summary = "A team's current members: officers and volunteers", description = DownloadRequest.FORMATS)
	void members(@AuthenticationPrincipal Actor actor, @PathVariable long id, DownloadRequest download, Locale locale) {
		this.exports.members(actor.scope(), id, download.named("team-members"), locale);
	}

	@GetMapping({ "/fieldwork/teams/{id}/assignments/export", "/api/fieldwork/teams/{id}/assignments/export" })
	@Operation(summary = "A team's households, member by member", description = DownloadRequest.FORMATS)
	void assignments(@AuthenticationPrincipal Actor actor, @PathVariable long id, DownloadRequest download,
			Locale locale) {
		this.exports.assignments(actor.scope(), id, download.named("assignments"), locale);
	}

	@GetMapping({ "/fieldwork/teams/{id}/unassigned/export", "/api/fieldwork/teams/{id}/unassigned/export" })
	@Operation(summary = "Households of the team's post that nobody looks after, with the page's search q and hamlet",
			description = DownloadRequest.FORMATS)
	void unassigned(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long hamletId,
			DownloadRequest download, Locale locale) {
		this.exports.unassigned(actor.scope(), id, q, hamletId, download.named("unassigned-households"), locale);
	}

}
