package org.causo.registry;

import java.util.ArrayList;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.registry.households.HouseholdRules;
import org.causo.registry.households.HouseholdStore;
import org.causo.registry.households.UnitNames;
import org.causo.registry.residents.ResidentPlaces;
import org.causo.registry.residents.ResidentStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households of the hamlets, read and changed within a scope (outside it they do not
 * exist), every change audited. Households are archived, never deleted. Archiving,
 * restoring and moving to another hamlet publish {@link ResidentsChanged} events inside
 * the transaction.
 */
@Service
@Transactional
public class Households {

	private final HouseholdStore store;

	private final ResidentStore residents;

	private final HouseholdRules rules;

	private final UnitNames names;

	private final ResidentPlaces places;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Households(HouseholdStore store, ResidentStore residents, HouseholdRules rules, UnitNames names,
			ResidentPlaces places, AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.residents = residents;
		this.rules = rules;
		this.names = names;
		this.places = places;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public HouseholdView get(Scope scope, long id) {
		return this.names.name(find(scope, id));
	}

	@Transactional(readOnly = true)
	public Chunk<HouseholdView> search(Scope scope, HouseholdQuery query, String after, int size) {
		Chunk<HouseholdView> chunk = this.store.search(scope, query, after, clamp(size));
		return new Chunk<>(this.names.name(chunk.items()), chunk.size(), chunk.next(), chunk.total(),
				chunk.totalIsAtLeast());
	}

	/**
	 * Every active household of a hamlet inside the scope (a hamlet has a few hundred).
	 */
	@Transactional(readOnly = true)
	public List<HouseholdView> ofHamlet(Scope scope, long hamletId) {
		return all(scope, HouseholdQuery.ofHamlet(hamletId));
	}

	/** Every active household of a commune inside the scope. */
	@Transactional(readOnly = true)
	public List<HouseholdView> ofCommune(Scope scope, long communeId) {
		return all(scope, HouseholdQuery.ofCommune(communeId));
	}

	private List<HouseholdView> all(Scope scope, HouseholdQuery query) {
		List<HouseholdView> all = new ArrayList<>();
		String after = null;
		do {
			Chunk<HouseholdView> chunk = this.store.search(scope, query, after, 1000);
			all.addAll(chunk.items());
			after = chunk.next();
		}
		while (after != null);
		return this.names.name(all);
	}

	public HouseholdView create(Scope scope, HouseholdDraft draft) {
		HouseholdRules.Checked c = this.rules.check(scope, draft, null);
		long id;
		try {
			id = this.store.insert(draft, c.code(), c.hamlet().parentId(), c.hamlet().path());
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("code", "household.error.code.duplicate", c.code());
		}
		this.audit.record("HOUSEHOLD_CREATED", "household", id, c.code());
		return get(scope, id);
	}

	public HouseholdView update(Scope scope, long id, HouseholdDraft draft) {
		HouseholdView existing = find(scope, id);
		HouseholdRules.Checked c = this.rules.check(scope, draft, existing);
		this.store.update(id, draft, c.code(), c.hamlet().parentId(), c.hamlet().path());
		if (draft.headResidentId() != null && !draft.headResidentId().equals(existing.headResidentId())) {
			if (existing.headResidentId() != null) {
				this.residents.setRelation(existing.headResidentId(), Relation.OTHER_RELATIVE);
			}
			this.residents.setRelation(draft.headResidentId(), Relation.HEAD);
			this.store.setHead(id, draft.headResidentId());
		}
		if (existing.hamletId() != c.hamlet().id()) {
			this.events.publishEvent(new HouseholdMoved(id, existing.hamletId(), this.places.ofHousehold(id)));
		}
		this.audit.record("HOUSEHOLD_UPDATED", "household", id, existing.code() + " -> " + c.code());
		return get(scope, id);
	}

	public HouseholdView archive(Scope scope, long id) {
		return setArchived(scope, id, true);
	}

	public HouseholdView restore(Scope scope, long id) {
		return setArchived(scope, id, false);
	}

	private HouseholdView setArchived(Scope scope, long id, boolean archived) {
		HouseholdView h = find(scope, id);
		this.store.setArchived(id, archived);
		List<ResidentPlace> places = this.places.ofHousehold(id);
		this.events.publishEvent(archived ? new HouseholdArchived(id, places) : new HouseholdRestored(id, places));
		this.audit.record(archived ? "HOUSEHOLD_ARCHIVED" : "HOUSEHOLD_RESTORED", "household", id, h.code());
		return get(scope, id);
	}

	HouseholdView find(Scope scope, long id) {
		return this.store.find(scope, id).orElseThrow(() -> new NotFoundException("household"));
	}

	static int clamp(int size) {
		return (size <= 0) ? 25 : Math.min(size, 200);
	}

}
