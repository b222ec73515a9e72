package org.causo.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.registry.households.HouseholdStore;
import org.causo.registry.nationalid.NationalIds;
import org.causo.registry.residents.Memberships;
import org.causo.registry.residents.ResidentPlaces;
import org.causo.registry.residents.ResidentRules;
import org.causo.registry.residents.ResidentStore;
import org.causo.registry.residents.ResidentViews;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.web.Allowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents of the households, within a scope. Their national ID is sealed at rest, shown
 * masked, and revealed only to post officers, post commanders and province admins, each
 * time audited. A move closes one membership and opens the next, so the history stays.
 * Moves, archiving and restoring publish {@link ResidentsChanged} events inside the
 * transaction.
 */
@Service
@Transactional
public class Residents {

	private final ResidentStore store;

	private final HouseholdStore households;

	private final Households householdFacade;

	private final ResidentRules rules;

	private final NationalIds nationalIds;

	private final ResidentPlaces places;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ResidentViews views;

	private final Memberships memberships;

	Residents(ResidentStore store, ResidentViews views, Memberships memberships, HouseholdStore households,
			Households householdFacade, ResidentRules rules, NationalIds nationalIds, ResidentPlaces places,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.views = views;
		this.memberships = memberships;
		this.store = store;
		this.households = households;
		this.householdFacade = householdFacade;
		this.rules = rules;
		this.nationalIds = nationalIds;
		this.places = places;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ResidentView get(Scope scope, long id) {
		return this.views.get(scope, id);
	}

	@Transactional(readOnly = true)
	public Chunk<ResidentView> search(Scope scope, ResidentQuery query, String after, int size) {
		return this.views.search(scope, query, after, Households.clamp(size));
	}

	/** The active members of a household inside the scope. */
	@Transactional(readOnly = true)
	public List<ResidentView> members(Scope scope, long householdId) {
		this.householdFacade.find(scope, householdId);
		return this.views.members(householdId);
	}

	/**
	 * Where a resident of the scope lives now and whether they count (neither they nor
	 * their household archived).
	 */
	@Transactional(readOnly = true)
	public ResidentPlace place(Scope scope, long id) {
		return this.places.of(scope, id).orElseThrow(() -> new NotFoundException("resident"));
	}

	@Transactional(readOnly = true)
	public List<Membership> history(Scope scope, long id) {
		find(scope, id);
		return this.memberships.of(id);
	}

	/** Creates a resident in a household of the scope (also a walk-in at a class). */
	public ResidentView create(Scope scope, ResidentDraft draft) {
		ResidentRules.Clean clean = this.rules.check(scope, draft, null);
		HouseholdView household = clean.household();
		long id = this.store.insert(draft, clean.name(), clean.phone(), this.nationalIds.seal(clean.nationalId()),
				this.rules.pathOf(household));
		this.memberships.open(id, household.id(), draft.relation(), LocalDate.now(this.clock));
		if (draft.relation() == Relation.HEAD) {
			this.households.setHead(household.id(), id);
		}
		this.audit.record("RESIDENT_CREATED", "resident", id, "household " + household.code());
		return get(scope, id);
	}

	public ResidentView update(Scope scope, long id, ResidentDraft draft) {
		ResidentView existing = find(scope, id);
		ResidentRules.Clean clean = this.rules.check(scope, draft, existing);
		this.store.update(id, draft, clean.name(), clean.phone(), this.nationalIds.seal(clean.nationalId()));
		long householdId = existing.householdId();
		if (draft.relation() == Relation.HEAD) {
			this.households.setHead(householdId, id);
		}
		else if (existing.relation() == Relation.HEAD) {
			clearHeadIf(householdId, id);
		}
		this.households.refreshSearchKey(householdId);
		this.audit.record("RESIDENT_UPDATED", "resident", id,
				(clean.nationalId() != null) ? "nationalIdChanged=true" : null);
		return get(scope, id);
	}

	public ResidentView archive(Scope scope, long id) {
		ResidentView r = find(scope, id);
		this.store.setArchived(id, true);
		this.memberships.close(id, LocalDate.now(this.clock));
		clearHeadIf(r.householdId(), id);
		this.events.publishEvent(new ResidentArchived(this.places.of(id)));
		this.audit.record("RESIDENT_ARCHIVED", "resident", id, null);
		return get(scope, id);
	}

	public ResidentView restore(Scope scope, long id) {
		ResidentView r = find(scope, id);
		if (r.archived()) {
			this.store.setArchived(id, false);
			this.memberships.open(id, r.householdId(), r.relation(), LocalDate.now(this.clock));
			this.events.publishEvent(new ResidentRestored(this.places.of(id)));
			this.audit.record("RESIDENT_RESTORED", "resident", id, null);
		}
		return get(scope, id);
	}

	/** Moves a resident to another household of the scope, keeping the history. */
	public ResidentView move(Scope scope, long id, MoveDraft move) {
		ResidentView r = find(scope, id);
		LocalDate on = (move.movedOn() != null) ? move.movedOn() : LocalDate.now(this.clock);
		HouseholdView to = this.rules.checkMove(scope, r, move, on, this.memberships.currentSince(id).orElse(null));
		this.memberships.close(id, on);
		this.store.moveTo(id, to.id(), this.rules.pathOf(to), move.relation());
		this.memberships.open(id, to.id(), move.relation(), on);
		clearHeadIf(r.householdId(), id);
		if (move.relation() == Relation.HEAD) {
			this.households.setHead(to.id(), id);
		}
		this.events.publishEvent(new ResidentMoved(r.householdId(), this.places.of(id)));
		this.audit.record("RESIDENT_MOVED", "resident", id, r.householdCode() + " -> " + to.code());
		return get(scope, id);
	}

	/**
	 * The national ID in clear, for the roles that need it; every reveal is audited.
	 * Analysts and support members are refused.
	 */
	@PreAuthorize(Allowed.OFFICERS)
	public String revealNationalId(Scope scope, long id) {
		byte[] sealed = this.views.sealedNationalId(scope, id);
		if (sealed == null) {
			throw InvalidInputException.of(null, "resident.error.noNationalId");
		}
		this.audit.record("RESIDENT_NATIONAL_ID_REVEALED", "resident", id, null);
		return this.nationalIds.open(sealed);
	}

	private void clearHeadIf(long householdId, long residentId) {
		this.households.find(Scope.all(), householdId)
			.filter((h) -> Long.valueOf(residentId).equals(h.headResidentId()))
			.ifPresent((h) -> this.households.setHead(householdId, null));
	}

	private ResidentView find(Scope scope, long id) {
		return this.views.find(scope, id);
	}

}
