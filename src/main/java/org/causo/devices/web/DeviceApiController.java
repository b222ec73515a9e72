package org.causo.devices.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.devices.DeviceDraft;
import org.causo.devices.DeviceStatus;
import org.causo.devices.DeviceView;
import org.causo.devices.Devices;
import org.causo.devices.DonationDraft;
import org.causo.devices.DonationView;
import org.causo.devices.Donations;
import org.causo.devices.DonorDraft;
import org.causo.devices.DonorView;
import org.causo.devices.Donors;
import org.causo.devices.HandoverView;
import org.causo.devices.Handovers;
import org.causo.devices.StatusChange;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for donors, donations and the phones in stock, within the caller's scope. */
@RestController
@RequestMapping("/api/devices")
@Tag(name = "Devices: stock", description = "Donors, donations and donated phones")
@PreAuthorize(Allowed.FIELD)
class DeviceApiController {

	private final Donors donors;

	private final Donations donations;

	private final Devices devices;

	private final Handovers handovers;

	DeviceApiController(Donors donors, Donations donations, Devices devices, Handovers handovers) {
		this.donors = donors;
		this.donations = donations;
		this.devices = devices;
		this.handovers = handovers;
	}

	@GetMapping("/donors")
	@Operation(summary = "Every donor, by name")
	List<DonorView> donors() {
		return this.donors.list();
	}

	@PostMapping("/donors")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Add a donor; names are unique, case and diacritics ignored")
	DonorView createDonor(@RequestBody DonorDraft draft) {
		return this.donors.create(draft);
	}

	@GetMapping("/donations")
	@Operation(summary = "Donations received by the posts of the scope, newest first")
	PageOf<DonationView> donations(@AuthenticationPrincipal Actor actor, Paging paging) {
		return this.donations.search(actor.scope(), paging.request());
	}

	@GetMapping("/donations/{id}")
	@Operation(summary = "One donation")
	DonationView donation(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.donations.get(actor.scope(), id);
	}

	@PostMapping("/donations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Record a donation received by a post of the scope")
	DonationView createDonation(@AuthenticationPrincipal Actor actor, @RequestBody DonationDraft draft) {
		return this.donations.create(actor.scope(), draft);
	}

	@GetMapping("/devices")
	@Operation(summary = "Donated phones, newest first, by status, donation or IMEI/serial/model")
	PageOf<DeviceView> devices(@AuthenticationPrincipal Actor actor,
			@RequestParam(required = false) DeviceStatus status, @RequestParam(required = false) Long donation,
			@RequestParam(required = false) String q, Paging paging) {
		return this.devices.search(actor.scope(), status, donation, q, paging.request());
	}

	@GetMapping("/devices/{id}")
	@Operation(summary = "One phone")
	DeviceView device(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.devices.get(actor.scope(), id);
	}

	@PostMapping("/devices")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Register one phone of a donation",
			description = "An IMEI has 15 digits and a valid Luhn check digit; a serial 4–40 letters, digits or "
					+ "dashes. Either is unique.")
	DeviceView register(@AuthenticationPrincipal Actor actor, @RequestBody DeviceDraft draft) {
		return this.devices.register(actor.scope(), draft);
	}

	@PostMapping("/devices/{id}/status")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "Move a phone by hand: handed over → returned / broken / lost, returned → in stock",
			description = "Only these transitions (and in stock → broken / lost) are allowed; handing over "
					+ "is done by recording a handover.")
	DeviceView changeStatus(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestBody StatusChange change) {
		return this.devices.changeStatus(actor.scope(), id, change);
	}

	@GetMapping("/devices/{id}/handovers")
	@Operation(summary = "Handovers of one phone, newest first")
	List<HandoverView> handovers(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.handovers.ofDevice(actor.scope(), id);
	}

}
