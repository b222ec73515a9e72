package org.causo.devices.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.devices.DeviceCondition;
import org.causo.devices.DeviceFigures;
import org.causo.devices.DeviceStatus;
import org.causo.devices.DeviceView;
import org.causo.devices.Devices;
import org.causo.devices.Donations;
import org.causo.devices.DonorKind;
import org.causo.devices.Donors;
import org.causo.devices.Handovers;
import org.causo.devices.IdentifierKind;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.pages.Refusals;
import org.causo.shared.web.pages.ListPages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the stock: figures and phones, donations and donors, one phone. */
@Controller
@PreAuthorize(Allowed.FIELD)
class DeviceController {

	private final Donors donors;

	private final Donations donations;

	private final Devices devices;

	private final Handovers handovers;

	private final DeviceFigures figures;

	private final BorderPosts posts;

	private final Clock clock;

	DeviceController(Donors donors, Donations donations, Devices devices, Handovers handovers, DeviceFigures figures,
			BorderPosts posts, Clock clock) {
		this.donors = donors;
		this.donations = donations;
		this.devices = devices;
		this.handovers = handovers;
		this.figures = figures;
		this.posts = posts;
		this.clock = clock;
	}

	@GetMapping("/devices")
	String index(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) DeviceStatus status,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("statuses", DeviceStatus.values());
		Refusals.orShow(() -> model.addAttribute("totals", this.figures.of(actor.scope(), null, from, to)), model,
				response);
		model.addAttribute("page", this.devices.search(actor.scope(), status, null, q, ListPages.page(page)));
		return "devices/index";
	}

	@GetMapping("/devices/donations")
	String donations(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("donationForm")) {
			model.addAttribute("donationForm",
					new DeviceForms.Donation(null, null, LocalDate.now(this.clock), null, null, null, null));
		}
		if (!model.containsAttribute("donorForm")) {
			model.addAttribute("donorForm", new DeviceForms.Donor(null, DonorKind.ORGANISATION, null));
		}
		model.addAttribute("page", this.donations.search(actor.scope(), ListPages.page(page)));
		model.addAttribute("donors", this.donors.list());
		model.addAttribute("donorKinds", DonorKind.values());
		model.addAttribute("posts", this.posts.list(actor.scope()));
		return "devices/donations";
	}

	@PostMapping("/devices/donors")
	@PreAuthorize(Allowed.OFFICERS)
	String createDonor(@AuthenticationPrincipal Actor actor, DeviceForms.Donor form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("donorForm", form);
		return FormErrors.saveOrShow(() -> {
			this.donors.create(form.draft());
			return "/devices/donations";
		}, () -> donations(actor, 0, model), model, response, redirect);
	}

	@PostMapping("/devices/donations")
	@PreAuthorize(Allowed.OFFICERS)
	String createDonation(@AuthenticationPrincipal Actor actor, DeviceForms.Donation form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("donationForm", form);
		return FormErrors.saveOrShow(
				() -> "/devices/donations/" + this.donations.create(actor.scope(), form.draft()).id(),
				() -> donations(actor, 0, model), model, response, redirect);
	}

	@GetMapping("/devices/donations/{id}")
	String donation(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("donation", this.donations.get(actor.scope(), id));
		model.addAttribute("page", this.devices.search(actor.scope(), null, id, null, new PageOf.Request(page, 50)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DeviceForms.Device(null, IdentifierKind.IMEI, null, DeviceCondition.NEW));
		}
		model.addAttribute("kinds", IdentifierKind.values());
		model.addAttribute("conditions", DeviceCondition.values());
		return "devices/donation";
	}

	@PostMapping("/devices/donations/{id}/devices")
	@PreAuthorize(Allowed.OFFICERS)
	String register(@AuthenticationPrincipal Actor actor, @PathVariable long id, DeviceForms.Device form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(() -> {
			this.devices.register(actor.scope(), form.draft(id));
			return "/devices/donations/" + id;
		}, () -> donation(actor, id, 0, model), model, response, redirect);
	}

	@GetMapping("/devices/{id}")
	String device(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		DeviceView device = this.devices.get(actor.scope(), id);
		model.addAttribute("device", device);
		model.addAttribute("donation", this.donations.get(actor.scope(), device.donationId()));
		model.addAttribute("handovers", this.handovers.ofDevice(actor.scope(), id));
		return "devices/device";
	}

	@PostMapping("/devices/{id}/status")
	@PreAuthorize(Allowed.OFFICERS)
	String status(@AuthenticationPrincipal Actor actor, @PathVariable long id, DeviceForms.Status form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> {
			this.devices.changeStatus(actor.scope(), id, form.change());
			return "/devices/" + id;
		}, () -> device(actor, id, model), model, response, redirect);
	}

}
