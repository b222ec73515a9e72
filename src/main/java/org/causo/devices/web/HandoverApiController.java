package org.causo.devices.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.devices.DeviceFigures;
import org.causo.devices.DeviceTotals;
import org.causo.devices.FollowUpDraft;
import org.causo.devices.FollowUpView;
import org.causo.devices.FollowUps;
import org.causo.devices.HandoverDraft;
import org.causo.devices.HandoverReceipts;
import org.causo.devices.HandoverView;
import org.causo.devices.Handovers;
import org.causo.devices.PriorityHousehold;
import org.causo.devices.PriorityList;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * JSON API for the field facts about phones (handovers, receipts, follow-ups), the
 * priority list and the figures.
 */
@RestController
@RequestMapping("/api/devices")
@Tag(name = "Devices: handovers", description = "Handovers to households, receipts, follow-ups, priority, figures")
@PreAuthorize(Allowed.FIELD)
class HandoverApiController {

	private final Handovers handovers;

	private final HandoverReceipts receipts;

	private final FollowUps followUps;

	private final PriorityList priority;

	private final DeviceFigures totals;

	HandoverApiController(Handovers handovers, HandoverReceipts receipts, FollowUps followUps, PriorityList priority,
			DeviceFigures totals) {
		this.handovers = handovers;
		this.receipts = receipts;
		this.followUps = followUps;
		this.priority = priority;
		this.totals = totals;
	}

	@GetMapping("/handovers")
	@Operation(summary = "Handovers inside the scope, newest first; of one household when given")
	PageOf<HandoverView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long household,
			Paging paging) {
		return this.handovers.search(actor.scope(), household, paging.request());
	}

	@PostMapping("/handovers")
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "Record a phone handed over to a household, an event with a client-made UUID",
			description = "The receiving resident must be an active member of the household and the phone in "
					+ "stock. Sending the same id with the same content again changes nothing and answers the "
					+ "stored event; the same id with other content answers 409.")
	HandoverView record(@AuthenticationPrincipal Actor actor, @RequestBody HandoverDraft draft) {
		return this.handovers.record(actor.scope(), draft);
	}

	@GetMapping("/handovers/{id}")
	@Operation(summary = "One handover")
	HandoverView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
		return this.handovers.get(actor.scope(), id);
	}

	@PostMapping(path = "/handovers/{id}/receipt", consumes = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "Attach the photo of the signed receipt (JPEG or PNG as the body)",
			description = "The photo is re-encoded without EXIF, XMP or GPS, and sealed before it is stored. "
					+ "A new photo replaces the earlier one.")
	void attach(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody byte[] photo) {
		this.receipts.attach(actor.scope(), id, photo);
	}

	@GetMapping("/handovers/{id}/receipt")
	@PreAuthorize(Allowed.OFFICERS)
	@Operation(summary = "The photo of the signed receipt; every download is audited")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
		return FormPosts.receipt(this.receipts.open(actor.scope(), id));
	}

	@GetMapping("/handovers/{id}/follow-ups")
	@Operation(summary = "Follow-up visits of a handover, newest first")
	List<FollowUpView> followUps(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
		return this.followUps.of(actor.scope(), id);
	}

	@PostMapping("/handovers/{id}/follow-ups")
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "Record a follow-up visit (is the phone used?), an event with a client-made UUID",
			description = "Replays change nothing; the same id with other content answers 409.")
	FollowUpView followUp(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
			@RequestBody FollowUpDraft draft) {
		return this.followUps.record(actor.scope(), id, draft);
	}

	@GetMapping("/priority")
	@Operation(summary = "Households of a commune without a smartphone: poor and policy first, then with signal")
	PageOf<PriorityHousehold> priority(@AuthenticationPrincipal Actor actor, @RequestParam long commune,
			Paging paging) {
		return this.priority.of(actor.scope(), commune, paging.request());
	}

	@GetMapping("/priority/to-survey")
	@Operation(summary = "Households of a commune never surveyed and holding no donated phone: to survey first",
			description = "Poor and policy households first, then near-poor; each with its reasons.")
	PageOf<PriorityHousehold> toSurvey(@AuthenticationPrincipal Actor actor, @RequestParam long commune,
			Paging paging) {
		return this.priority.toSurvey(actor.scope(), commune, paging.request());
	}

	@GetMapping("/totals")
	@PreAuthorize(Allowed.FIGURES)
	@Operation(summary = "Phones donated, their value, handed over and in use, per post and commune over a period")
	DeviceTotals totals(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long post,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return this.totals.of(actor.scope(), post, from, to);
	}

}
