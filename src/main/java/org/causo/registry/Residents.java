package org.causo.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.registry.ResidentStore.ResidentRow;
import org.causo.shared.Actor;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

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

	private final UnitNames names;

	Residents(ResidentStore store, HouseholdStore households, Households householdFacade, ResidentRules rules,
			NationalIds nationalIds, ResidentPlaces places, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, UnitNames names) {
		this.names = names;
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
		return masked(find(scope, id), new java.util.HashMap<>());
	}

	@Transactional(readOnly = true)
	public Chunk<ResidentView> search(Scope scope, ResidentQuery query, String after, int size) {
		Map<Long, String> hamlets = new java.util.HashMap<>();
		return this.store.search(scope, query, after, Households.clamp(size)).map((r) -> masked(r, hamlets));
	}

	/** The active members of a household inside the scope. */
	@Transactional(readOnly = true)
	public List<ResidentView> members(Scope scope, long householdId) {
		this.householdFacade.find(scope, householdId);
		Map<Long, String> hamlets = new java.util.HashMap<>();
		return this.store.members(householdId).stream().map((r) -> masked(r, hamlets)).toList();
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
		return this.store.memberships(id);
	}

	/** Creates a resident in a household of the scope (also a walk-in at a class). */
	public ResidentView create(Scope scope, ResidentDraft draft) {
		ResidentRules.Clean clean = this.rules.check(scope, draft, null);
		HouseholdView household = clean.household();
		long id = this.store.insert(draft, clean.name(), clean.phone(), this.nationalIds.seal(clean.nationalId()),
				this.rules.pathOf(household));
		this.store.openMembership(id, household.id(), draft.relation(), LocalDate.now(this.clock), actorName());
		if (draft.relation() == Relation.HEAD) {
			this.households.setHead(household.id(), id);
		}
		this.audit.record("RESIDENT_CREATED", "resident", id, "household " + household.code());
		return get(scope, id);
	}

	public ResidentView update(Scope scope, long id, ResidentDraft draft) {
		ResidentRow existing = find(scope, id);
		ResidentRules.Clean clean = this.rules.check(scope, draft, existing.view());
		this.store.update(id, draft, clean.name(), clean.phone(), this.nationalIds.seal(clean.nationalId()));
		long householdId = existing.view().householdId();
		if (draft.relation() == Relation.HEAD) {
			this.households.setHead(householdId, id);
		}
		else if (existing.view().relation() == Relation.HEAD) {
			clearHeadIf(householdId, id);
		}
		this.households.refreshSearchKey(householdId);
		this.audit.record("RESIDENT_UPDATED", "resident", id,
				(clean.nationalId() != null) ? "nationalIdChanged=true" : null);
		return get(scope, id);
	}

	public ResidentView archive(Scope scope, long id) {
		ResidentRow r = find(scope, id);
		this.store.setArchived(id, true);
		this.store.closeMembership(id, LocalDate.now(this.clock));
		clearHeadIf(r.view().householdId(), id);
		this.events.publishEvent(new ResidentArchived(this.places.of(id)));
		this.audit.record("RESIDENT_ARCHIVED", "resident", id, null);
		return get(scope, id);
	}

	public ResidentView restore(Scope scope, long id) {
		ResidentRow r = find(scope, id);
		if (r.view().archived()) {
			this.store.setArchived(id, false);
			this.store.openMembership(id, r.view().householdId(), r.view().relation(), LocalDate.now(this.clock),
					actorName());
			this.events.publishEvent(new ResidentRestored(this.places.of(id)));
			this.audit.record("RESIDENT_RESTORED", "resident", id, null);
		}
		return get(scope, id);
	}

	/** Moves a resident to another household of the scope, keeping the history. */
	public ResidentView move(Scope scope, long id, MoveDraft move) {
		ResidentRow r = find(scope, id);
		LocalDate on = (move.movedOn() != null) ? move.movedOn() : LocalDate.now(this.clock);
		HouseholdView to = this.rules.checkMove(scope, r.view(), move, on, this.store.currentSince(id).orElse(null));
		this.store.closeMembership(id, on);
		this.store.moveTo(id, to.id(), this.rules.pathOf(to), move.relation());
		this.store.openMembership(id, to.id(), move.relation(), on, actorName());
		clearHeadIf(r.view().householdId(), id);
		if (move.relation() == Relation.HEAD) {
			this.households.setHead(to.id(), id);
		}
		this.events.publishEvent(new ResidentMoved(r.view().householdId(), this.places.of(id)));
		this.audit.record("RESIDENT_MOVED", "resident", id, r.view().householdCode() + " -> " + to.code());
		return get(scope, id);
	}

	/**
	 * The national ID in clear, for the roles that need it; every reveal is audited.
	 * Analysts and support members are refused.
	 */
	@PreAuthorize("hasAnyRole('PROVINCE_ADMIN','POST_COMMANDER','POST_OFFICER')")
	public String revealNationalId(Scope scope, long id) {
		ResidentRow r = find(scope, id);
		if (r.sealedNationalId() == null) {
			throw InvalidInputException.of(null, "resident.error.noNationalId");
		}
		this.audit.record("RESIDENT_NATIONAL_ID_REVEALED", "resident", id, null);
		return this.nationalIds.open(r.sealedNationalId());
	}

	private void clearHeadIf(long householdId, long residentId) {
		this.households.find(Scope.all(), householdId)
			.filter((h) -> Long.valueOf(residentId).equals(h.headResidentId()))
			.ifPresent((h) -> this.households.setHead(householdId, null));
	}

	ResidentRow find(Scope scope, long id) {
		return this.store.find(scope, id).orElseThrow(() -> new NotFoundException("resident"));
	}

	/** The view as it leaves the module: national ID masked, hamlet named. */
	private ResidentView masked(ResidentRow row, Map<Long, String> hamlets) {
		ResidentView v = row.view();
		return new ResidentView(v.id(), v.householdId(), v.householdCode(), v.hamletId(),
				hamlets.computeIfAbsent(v.hamletId(), this.names::hamletName), v.fullName(), v.sex(), v.birthYear(),
				v.ethnicity(), v.languages(), v.readsVietnamese(), v.relation(), v.phone(),
				this.nationalIds.masked(row.sealedNationalId()), v.demo(), v.archived());
	}

	static String actorName() {
		return CurrentActor.get().map(Actor::username).orElse("system");
	}

}
