package org.causo.devices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.devices.handovers.HandoverStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up visits after a handover: is the phone used? Field events with a client-made
 * id, replayed without effect, 409 when the same id comes with other content.
 */
@Service
@Transactional
public class FollowUps {

	private final HandoverStore store;

	private final Handovers handovers;

	private final AuditTrail audit;

	private final Clock clock;

	FollowUps(HandoverStore store, Handovers handovers, AuditTrail audit, Clock clock) {
		this.store = store;
		this.handovers = handovers;
		this.audit = audit;
		this.clock = clock;
	}

	public FollowUpView record(Scope scope, UUID handoverId, FollowUpDraft d) {
		HandoverView handover = this.handovers.get(scope, handoverId);
		List<Problem> problems = new ArrayList<>();
		if (d.id() == null) {
			problems.add(new Problem("id", "handover.error.id"));
		}
		if (d.used() == null) {
			problems.add(new Problem("used", "followup.error.used"));
		}
		if (d.visitedOn() == null) {
			problems.add(new Problem("visitedOn", "followup.error.date.required"));
		}
		else if (d.visitedOn().isAfter(LocalDate.now(this.clock)) || d.visitedOn().isBefore(handover.handedOn())) {
			problems.add(new Problem("visitedOn", "followup.error.date.range"));
		}
		String note = Handovers.blank(d.note());
		if (note != null && note.length() > Handovers.MAX_NOTE) {
			problems.add(new Problem("note", "devices.error.note", Handovers.MAX_NOTE));
		}
		if (d.id() != null) {
			Optional<FollowUpView> stored = this.store.followUp(d.id());
			if (stored.isPresent()) {
				return same(stored.get(), handoverId, d, note);
			}
		}
		InvalidInputException.throwIfAny(problems);
		if (!this.store.insertFollowUpIfNew(handoverId, d, note, CurrentActor.username())) {
			return same(this.store.followUp(d.id()).orElseThrow(), handoverId, d, note);
		}
		this.audit.record("FOLLOWUP_RECORDED", "device_handover", handoverId,
				"followUp=" + d.id() + ", used=" + d.used());
		return this.store.followUp(d.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<FollowUpView> of(Scope scope, UUID handoverId) {
		this.handovers.get(scope, handoverId);
		return this.store.followUps(handoverId);
	}

	private static FollowUpView same(FollowUpView stored, UUID handoverId, FollowUpDraft d, String note) {
		if (!stored.handoverId().equals(handoverId) || !stored.visitedOn().equals(d.visitedOn())
				|| !Objects.equals(d.used(), stored.used()) || !Objects.equals(note, stored.note())) {
			throw new FactConflictException();
		}
		return stored;
	}

}
