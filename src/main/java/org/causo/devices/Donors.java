package org.causo.devices;

import java.util.ArrayList;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.devices.donations.DonorStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.SearchKey;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donors of phones: one list for the province, since Viettel or the youth union give to
 * many posts.
 */
@Service
@Transactional
public class Donors {

	static final int MAX_NAME = 200;

	private final DonorStore store;

	private final AuditTrail audit;

	Donors(DonorStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<DonorView> list() {
		return this.store.list();
	}

	@Transactional(readOnly = true)
	public DonorView get(long id) {
		return this.store.find(id).orElseThrow(() -> new NotFoundException("donor"));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.store.count();
	}

	public DonorView create(DonorDraft draft) {
		return create(draft, false);
	}

	public DonorView create(DonorDraft draft, boolean demo) {
		List<Problem> problems = new ArrayList<>();
		String name = SearchKey.clean(draft.name());
		String contact = Handovers.blank(draft.contact());
		if (name == null || name.isEmpty()) {
			problems.add(new Problem("name", "donor.error.name.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new Problem("name", "donor.error.name.tooLong", MAX_NAME));
		}
		else if (this.store.nameTaken(name)) {
			problems.add(new Problem("name", "donor.error.name.duplicate", name));
		}
		if (draft.kind() == null) {
			problems.add(new Problem("kind", "donor.error.kind"));
		}
		if (contact != null && contact.length() > MAX_NAME) {
			problems.add(new Problem("contact", "donor.error.contact.tooLong", MAX_NAME));
		}
		InvalidInputException.throwIfAny(problems);
		long id;
		try {
			id = this.store.insert(name, draft.kind(), contact, demo);
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("name", "donor.error.name.duplicate", name);
		}
		this.audit.record("DONOR_CREATED", "device_donor", id, name);
		return get(id);
	}

}
