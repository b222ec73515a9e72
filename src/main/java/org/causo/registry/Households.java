package org.causo.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
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

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9._/-]{1,30}");

	static final int MAX_ADDRESS = 300;

	private final HouseholdStore store;

	private final ResidentStore residents;

	private final OrgUnits units;

	private final UnitNames names;

	private final ResidentPlaces places;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Households(HouseholdStore store, ResidentStore residents, OrgUnits units, UnitNames names, ResidentPlaces places,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.residents = residents;
		this.units = units;
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
		Checked c = check(scope, draft, null);
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
		Checked c = check(scope, draft, existing);
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
		HouseholdView h = find(scope, id);
		this.store.setArchived(id, true);
		this.events.publishEvent(new HouseholdArchived(id, this.places.ofHousehold(id)));
		this.audit.record("HOUSEHOLD_ARCHIVED", "household", id, h.code());
		return get(scope, id);
	}

	public HouseholdView restore(Scope scope, long id) {
		HouseholdView h = find(scope, id);
		this.store.setArchived(id, false);
		this.events.publishEvent(new HouseholdRestored(id, this.places.ofHousehold(id)));
		this.audit.record("HOUSEHOLD_RESTORED", "household", id, h.code());
		return get(scope, id);
	}

	HouseholdView find(Scope scope, long id) {
		return this.store.find(scope, id).orElseThrow(() -> new NotFoundException("household"));
	}

	private Checked check(Scope scope, HouseholdDraft d, HouseholdView existing) {
		List<Problem> problems = new ArrayList<>();
		String code = (d.code() != null) ? d.code().strip() : "";
		if (code.isEmpty()) {
			problems.add(new Problem("code", "household.error.code.required"));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "household.error.code.invalid"));
		}
		OrgUnit hamlet = hamlet(scope, d.hamletId(), problems);
		if (d.address() != null && d.address().length() > MAX_ADDRESS) {
			problems.add(new Problem("address", "household.error.address.tooLong", MAX_ADDRESS));
		}
		checkPosition(d.latitude(), d.longitude(), problems);
		if (d.poor() && d.nearPoor()) {
			problems.add(new Problem("nearPoor", "household.error.poorAndNearPoor"));
		}
		if (d.headResidentId() != null && (existing == null || this.residents.members(existing.id())
			.stream()
			.noneMatch((r) -> r.view().id() == d.headResidentId()))) {
			problems.add(new Problem("headResidentId", "household.error.head"));
		}
		if (problems.isEmpty()
				&& this.store.codeTaken(hamlet.parentId(), code, (existing != null) ? existing.id() : null)) {
			problems.add(new Problem("code", "household.error.code.duplicate", code));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(code, hamlet);
	}

	/** The hamlet, if it is one, active and inside the scope; otherwise a problem. */
	OrgUnit hamlet(Scope scope, Long hamletId, List<Problem> problems) {
		OrgUnit hamlet = null;
		if (hamletId != null) {
			try {
				hamlet = this.units.get(scope, hamletId);
			}
			catch (NotFoundException ex) {
				hamlet = null;
			}
		}
		if (hamlet == null || hamlet.kind() != UnitKind.HAMLET || hamlet.archived()) {
			problems.add(new Problem("hamletId", "household.error.hamlet"));
			return null;
		}
		return hamlet;
	}

	static void checkPosition(BigDecimal lat, BigDecimal lon, List<Problem> problems) {
		if ((lat == null) != (lon == null)) {
			problems.add(new Problem("latitude", "household.error.position.both"));
		}
		else if (lat != null && (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| lon.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			problems.add(new Problem("latitude", "household.error.position.range"));
		}
	}

	static int clamp(int size) {
		return (size <= 0) ? 25 : Math.min(size, 200);
	}

	private record Checked(String code, OrgUnit hamlet) {

	}

}
