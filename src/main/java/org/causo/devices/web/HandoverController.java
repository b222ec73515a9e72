package org.causo.devices.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.devices.DeviceStatus;
import org.causo.devices.Devices;
import org.causo.devices.FollowUps;
import org.causo.devices.HandoverReceipts;
import org.causo.devices.HandoverView;
import org.causo.devices.Handovers;
import org.causo.devices.PriorityList;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.Residents;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.pages.ListPages;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the handovers: the priority list, the handover form, one handover. */
@Controller
@PreAuthorize(Allowed.FIELD)
class HandoverController {

	private final Handovers handovers;

	private final HandoverReceipts receipts;

	private final FollowUps followUps;

	private final PriorityList priority;

	private final Devices devices;

	private final Households households;

	private final Residents residents;

	private final OrgUnits units;

	private final Clock clock;

	HandoverController(Handovers handovers, HandoverReceipts receipts, FollowUps followUps, PriorityList priority,
			Devices devices, Households households, Residents residents, OrgUnits units, Clock clock) {
		this.handovers = handovers;
		this.receipts = receipts;
		this.followUps = followUps;
		this.priority = priority;
		this.devices = devices;
		this.households = households;
		this.residents = residents;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/devices/priority")
	String priority(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long commune,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int survey, Model model) {
		List<OrgUnit> communes = this.units.list(actor.scope(), UnitKind.COMMUNE);
		Long chosen = (commune != null) ? commune : communes.stream().findFirst().map(OrgUnit::id).orElse(null);
		model.addAttribute("communes", communes);
		model.addAttribute("commune", chosen);
		model.addAttribute("page", (chosen != null) ? this.priority.of(actor.scope(), chosen, ListPages.page(page))
				: new PageOf<>(List.of(), 0, 25, 0));
		model.addAttribute("toSurvey",
				(chosen != null) ? this.priority.toSurvey(actor.scope(), chosen, ListPages.page(survey))
						: new PageOf<>(List.of(), 0, 25, 0));
		return "devices/priority";
	}

	@GetMapping("/devices/handover")
	@PreAuthorize(Allowed.FIELD)
	String form(@AuthenticationPrincipal Actor actor, @RequestParam long household, Model model) {
		model.addAttribute("form", DeviceForms.Handover.fresh(household, LocalDate.now(this.clock)));
		return showForm(actor, household, model);
	}

	@PostMapping("/devices/handovers")
	@PreAuthorize(Allowed.FIELD)
	String record(@AuthenticationPrincipal Actor actor, DeviceForms.Handover form,
			@RequestParam(required = false) MultipartFile photo, HttpServletResponse response, Model model,
			RedirectAttributes redirect) throws IOException {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(() -> {
			HandoverView h = this.handovers.record(actor.scope(), form.draft());
			if (photo != null && !photo.isEmpty()) {
				this.receipts.attach(actor.scope(), h.id(), photo.getBytes());
			}
			return "/devices/handovers/" + h.id();
		}, () -> showForm(actor, (form.householdId() != null) ? form.householdId() : -1, model), model, response,
				redirect);
	}

	private String showForm(Actor actor, long householdId, Model model) {
		HouseholdView household = this.households.get(actor.scope(), householdId);
		model.addAttribute("household", household);
		model.addAttribute("members", this.residents.members(actor.scope(), householdId));
		model.addAttribute("stock",
				this.devices.search(actor.scope(), DeviceStatus.IN_STOCK, null, null, new PageOf.Request(0, 200))
					.items());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "devices/handover-form";
	}

	@GetMapping("/devices/handovers/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
		HandoverView h = this.handovers.get(actor.scope(), id);
		model.addAttribute("handover", h);
		model.addAttribute("household", this.households.get(actor.scope(), h.householdId()));
		model.addAttribute("resident", this.residents.get(actor.scope(), h.residentId()));
		model.addAttribute("followUps", this.followUps.of(actor.scope(), id));
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", DeviceForms.FollowUp.fresh(LocalDate.now(this.clock)));
		}
		return "devices/handover";
	}

	@PostMapping("/devices/handovers/{id}/receipt")
	@PreAuthorize(Allowed.FIELD)
	String attach(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) MultipartFile photo, HttpServletResponse response, Model model,
			RedirectAttributes redirect) throws IOException {
		return FormErrors.saveOrShow(() -> {
			this.receipts.attach(actor.scope(), id, (photo != null) ? photo.getBytes() : new byte[0]);
			return "/devices/handovers/" + id;
		}, () -> show(actor, id, model), model, response, redirect);
	}

	@GetMapping("/devices/handovers/{id}/receipt")
	@PreAuthorize(Allowed.OFFICERS)
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
		return FormPosts.receipt(this.receipts.open(actor.scope(), id));
	}

	@PostMapping("/devices/handovers/{id}/follow-ups")
	@PreAuthorize(Allowed.FIELD)
	String followUp(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, DeviceForms.FollowUp form,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("followUpForm", form);
		return FormErrors.saveOrShow(() -> {
			this.followUps.record(actor.scope(), id, form.draft());
			return "/devices/handovers/" + id;
		}, () -> show(actor, id, model), model, response, redirect);
	}

}
