package org.causo.devices.web;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.devices.DeviceExport;
import org.causo.devices.DeviceStatus;
import org.causo.devices.HandoverExport;
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
 * Downloads of the devices lists, for the pages' links and the JSON API alike:
 * {@code format=csv|xlsx}, or the Accept header; CSV by default.
 */
@Controller
@Tag(name = "Devices: export",
		description = "Phones, donations, donors, handovers, follow-ups and the priority list as CSV or XLSX, audited")
@PreAuthorize(Allowed.FIELD)
class DevicesExportController {

	private final DeviceExport devices;

	private final HandoverExport handovers;

	DevicesExportController(DeviceExport devices, HandoverExport handovers) {
		this.devices = devices;
		this.handovers = handovers;
	}

	@GetMapping({ "/devices/export", "/api/devices/devices/export" })
	@Operation(summary = "Phones of the posts in scope, with the list's filters (status, q) or of one donation",
			description = DownloadRequest.FORMATS)
	void devices(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) DeviceStatus status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long donation,
			DownloadRequest download, Locale locale) {
		this.devices.devices(actor.scope(), status, donation, q, download.named("devices"), locale);
	}

	@GetMapping({ "/devices/donations/export", "/api/devices/donations/export" })
	@Operation(summary = "Donations received by the posts in scope, newest first",
			description = DownloadRequest.FORMATS)
	void donations(@AuthenticationPrincipal Actor actor, DownloadRequest download, Locale locale) {
		this.devices.donations(actor.scope(), download.named("donations"), locale);
	}

	@GetMapping({ "/devices/donors/export", "/api/devices/donors/export" })
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "The province's donors with their contacts; for those who manage donations",
			description = DownloadRequest.FORMATS)
	void donors(DownloadRequest download, Locale locale) {
		this.devices.donors(download.named("donors"), locale);
	}

	@GetMapping({ "/devices/handovers/export", "/api/devices/handovers/export" })
	@Operation(summary = "Handovers inside the scope, newest first; of one phone with device=",
			description = DownloadRequest.FORMATS)
	void handovers(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long device,
			DownloadRequest download, Locale locale) {
		this.handovers.handovers(actor.scope(), device, download.named("handovers"), locale);
	}

	@GetMapping({ "/devices/handovers/{id}/follow-ups/export", "/api/devices/handovers/{id}/follow-ups/export" })
	@Operation(summary = "The follow-up visits of a handover", description = DownloadRequest.FORMATS)
	void followUps(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, DownloadRequest download,
			Locale locale) {
		this.handovers.followUps(actor.scope(), id, download.named("follow-ups"), locale);
	}

	@GetMapping({ "/devices/priority/export", "/api/devices/priority/export" })
	@Operation(summary = "A commune's households without a smartphone, first in line first (the scope's first "
			+ "commune when none is given)", description = DownloadRequest.FORMATS)
	void priority(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long commune,
			DownloadRequest download, Locale locale) {
		this.handovers.priority(actor.scope(), commune, download.named("priority"), locale);
	}

}
