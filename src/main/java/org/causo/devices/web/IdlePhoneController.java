package org.causo.devices.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.devices.IdlePhone;
import org.causo.devices.IdlePhones;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.Paging;
import org.causo.shared.web.DownloadRequest;
import org.causo.shared.web.pages.ListPages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The phones handed over but not in use, to visit again: page, API and export. */
@Controller
@Tag(name = "Devices: handovers")
@PreAuthorize(Allowed.FIELD)
class IdlePhoneController {

	private final IdlePhones idle;

	private final OrgUnits units;

	IdlePhoneController(IdlePhones idle, OrgUnits units) {
		this.idle = idle;
		this.units = units;
	}

	@GetMapping("/devices/idle")
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("communes", this.units.list(actor.scope(), UnitKind.COMMUNE));
		model.addAttribute("commune", commune);
		model.addAttribute("page", this.idle.of(actor.scope(), commune, ListPages.page(page)));
		return "devices/idle";
	}

	@GetMapping("/api/devices/idle")
	@ResponseBody
	@Operation(summary = "Phones handed over that the last follow-up found unused, or never followed up",
			description = "The household still holds the phone; unused first, then the oldest handovers.")
	PageOf<IdlePhone> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long commune,
			Paging paging) {
		return this.idle.of(actor.scope(), commune, paging.request());
	}

	@GetMapping({ "/devices/idle/export", "/api/devices/idle/export" })
	@Operation(summary = "The phones not in use, to visit again, as CSV or XLSX (format=csv or xlsx)")
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long commune,
			DownloadRequest download, Locale locale) {
		this.idle.export(actor.scope(), commune, download.named("idle-phones"), locale);
	}

}
