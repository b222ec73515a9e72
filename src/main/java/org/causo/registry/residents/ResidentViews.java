package org.causo.registry.residents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.registry.Chunk;
import org.causo.registry.ResidentQuery;
import org.causo.registry.ResidentView;
import org.causo.registry.households.UnitNames;
import org.causo.registry.nationalid.NationalIds;
import org.causo.registry.residents.ResidentStore.ResidentRow;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * Residents as they leave the module: national ID masked, hamlet named. The sealed
 * national ID stays in this package but for the audited reveal.
 */
@Component
public class ResidentViews {

	private final ResidentStore store;

	private final NationalIds nationalIds;

	private final UnitNames names;

	ResidentViews(ResidentStore store, NationalIds nationalIds, UnitNames names) {
		this.store = store;
		this.nationalIds = nationalIds;
		this.names = names;
	}

	/** A resident of the scope, masked; 404 outside it. */
	public ResidentView get(Scope scope, long id) {
		return masked(row(scope, id), new HashMap<>());
	}

	/** A resident of the scope as stored, national ID not read; 404 outside it. */
	public ResidentView find(Scope scope, long id) {
		return row(scope, id).view();
	}

	public Chunk<ResidentView> search(Scope scope, ResidentQuery query, String after, int size) {
		Map<Long, String> hamlets = new HashMap<>();
		return this.store.search(scope, query, after, size).map((r) -> masked(r, hamlets));
	}

	/** The active members of a household, masked. */
	public List<ResidentView> members(long householdId) {
		Map<Long, String> hamlets = new HashMap<>();
		return this.store.members(householdId).stream().map((r) -> masked(r, hamlets)).toList();
	}

	/** Whether the resident is an active member of the household. */
	public boolean isMember(long householdId, long residentId) {
		return this.store.members(householdId).stream().anyMatch((r) -> r.view().id() == residentId);
	}

	/** The sealed national ID of a resident of the scope, or null when none was given. */
	public byte[] sealedNationalId(Scope scope, long id) {
		return row(scope, id).sealedNationalId();
	}

	private ResidentRow row(Scope scope, long id) {
		return this.store.find(scope, id).orElseThrow(() -> new NotFoundException("resident"));
	}

	private ResidentView masked(ResidentRow row, Map<Long, String> hamlets) {
		ResidentView v = row.view();
		return new ResidentView(v.id(), v.householdId(), v.householdCode(), v.hamletId(),
				hamlets.computeIfAbsent(v.hamletId(), this.names::hamletName), v.fullName(), v.sex(), v.birthYear(),
				v.ethnicity(), v.languages(), v.readsVietnamese(), v.relation(), v.phone(),
				this.nationalIds.masked(row.sealedNationalId()), v.demo(), v.archived());
	}

}
