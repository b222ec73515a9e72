package org.causo.devices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.devices.handovers.HandoverStore;
import org.causo.devices.posts.PostIds;
import org.causo.orgunit.OrgUnits;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.registry.ResidentView;
import org.causo.registry.Residents;
import org.causo.shared.Actor;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Phones handed over to households: field events with a client-made id (DESIGN §4). The
 * same id with the same content changes nothing and answers the stored event; the same id
 * with other content is a {@link FactConflictException}. The receiving resident must be
 * an active member of the household, and the phone must be in stock.
 */
@Service
@Transactional
public class Handovers {

	static final int MAX_NOTE = 500;

	private final HandoverStore store;

	private final Devices devices;

	private final Donations donations;

	private final PostIds posts;

	private final Households households;

	private final Residents residents;

	private final OrgUnits units;

	private final AuditTrail audit;

	private final Clock clock;

	Handovers(HandoverStore store, Devices devices, Donations donations, PostIds posts, Households households,
			Residents residents, OrgUnits units, AuditTrail audit, Clock clock) {
		this.store = store;
		this.devices = devices;
		this.donations = donations;
		this.posts = posts;
		this.households = households;
		this.residents = residents;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a handover; returns the stored event (the earlier one on a replay). */
	public HandoverView record(Scope scope, HandoverDraft d) {
		List<Problem> problems = new ArrayList<>();
		if (d.id() == null) {
			problems.add(new Problem("id", "handover.error.id"));
		}
		if (d.deviceId() == null) {
			problems.add(new Problem("deviceId", "handover.error.device"));
		}
		if (d.householdId() == null) {
			problems.add(new Problem("householdId", "handover.error.household"));
		}
		if (d.residentId() == null) {
			problems.add(new Problem("residentId", "handover.error.resident"));
		}
		if (d.handedOn() == null) {
			problems.add(new Problem("handedOn", "handover.error.date.required"));
		}
		InvalidInputException.throwIfAny(problems);
		Optional<HandoverView> replay = replay(scope, d);
		if (replay.isPresent()) {
			return replay.get();
		}
		DeviceView device = this.devices.lock(scope, d.deviceId());
		HouseholdView household = this.households.get(scope, d.householdId());
		String note = blank(d.note());
		check(scope, d, device, household, note, problems);
		String path = this.units.get(Scope.all(), household.hamletId()).path();
		Long officerId = CurrentActor.get().map(Actor::officerId).orElse(null);
		if (!this.store.insertIfNew(d, device.postId(), household.hamletId(), household.communeId(), path, note,
				officerId, CurrentActor.username())) {
			return replay(scope, d).orElseThrow(FactConflictException::new);
		}
		this.devices.handedOver(device.id());
		this.audit.record("HANDOVER_RECORDED", "device", device.id(),
				"handover=" + d.id() + ", household=" + household.code() + ", resident=" + d.residentId());
		return get(scope, d.id());
	}

	private Optional<HandoverView> replay(Scope scope, HandoverDraft d) {
		Optional<HandoverView> stored = this.store.findAnywhere(d.id());
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		HandoverView visible = get(scope, d.id());
		if (!visible.sameAs(d)) {
			throw new FactConflictException();
		}
		return Optional.of(visible);
	}

	private void check(Scope scope, HandoverDraft d, DeviceView device, HouseholdView household, String note,
			List<Problem> problems) {
		if (device.status() != DeviceStatus.IN_STOCK) {
			problems.add(new Problem("deviceId", "handover.error.notInStock"));
		}
		if (household.archived()) {
			problems.add(new Problem("householdId", "handover.error.householdArchived"));
		}
		ResidentView resident = null;
		try {
			resident = this.residents.get(scope, d.residentId());
		}
		catch (NotFoundException ex) {
			resident = null;
		}
		if (resident == null || resident.archived() || resident.householdId() != household.id()) {
			problems.add(new Problem("residentId", "handover.error.notMember"));
		}
		LocalDate donated = this.donations.find(scope, device.donationId()).donatedOn();
		if (d.handedOn().isAfter(LocalDate.now(this.clock)) || d.handedOn().isBefore(donated)) {
			problems.add(new Problem("handedOn", "handover.error.date.range"));
		}
		if (note != null && note.length() > MAX_NOTE) {
			problems.add(new Problem("note", "devices.error.note", MAX_NOTE));
		}
		InvalidInputException.throwIfAny(problems);
	}

	@Transactional(readOnly = true)
	public HandoverView get(Scope scope, UUID id) {
		return this.store.find(scope, this.posts.visible(scope), id)
			.orElseThrow(() -> new NotFoundException("handover"));
	}

	/** Handovers of a phone, newest first. */
	@Transactional(readOnly = true)
	public List<HandoverView> ofDevice(Scope scope, long deviceId) {
		this.devices.get(scope, deviceId);
		return this.store.ofDevice(deviceId);
	}

	/** Handovers inside the scope, newest first; of one household when given. */
	@Transactional(readOnly = true)
	public PageOf<HandoverView> search(Scope scope, Long householdId, PageOf.Request page) {
		return this.store.search(scope, this.posts.visible(scope), householdId, page);
	}

	static String blank(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
