package org.causo.devices;

import java.util.ArrayList;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.devices.posts.PostIds;
import org.causo.devices.stock.DeviceStore;
import org.causo.devices.stock.Identifiers;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The donated phones of the posts of a scope: registered one by one with a unique IMEI or
 * serial number, then moved only along the allowed transitions.
 */
@Service
@Transactional
public class Devices {

	private final DeviceStore store;

	private final Donations donations;

	private final PostIds posts;

	private final AuditTrail audit;

	Devices(DeviceStore store, Donations donations, PostIds posts, AuditTrail audit) {
		this.store = store;
		this.donations = donations;
		this.posts = posts;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageOf<DeviceView> search(Scope scope, DeviceStatus status, Long donationId, String text,
			PageOf.Request page) {
		return this.store.search(this.posts.visible(scope), status, donationId, text, page);
	}

	@Transactional(readOnly = true)
	public DeviceView get(Scope scope, long id) {
		return this.store.find(this.posts.visible(scope), id).orElseThrow(() -> new NotFoundException("device"));
	}

	public DeviceView register(Scope scope, DeviceDraft draft) {
		return register(scope, draft, false);
	}

	public DeviceView register(Scope scope, DeviceDraft d, boolean demo) {
		if (d.donationId() == null) {
			throw InvalidInputException.of("donationId", "device.error.donation");
		}
		DonationView donation = this.donations.find(scope, d.donationId());
		this.donations.lock(donation.id());
		donation = this.donations.find(scope, d.donationId());
		List<Problem> problems = new ArrayList<>();
		String model = Handovers.blank(d.model());
		if (model == null) {
			model = donation.model();
		}
		if (model == null) {
			problems.add(new Problem("model", "device.error.model.required"));
		}
		else if (model.length() > 120) {
			problems.add(new Problem("model", "device.error.model", 120));
		}
		String identifier = Identifiers.normalise(d.identifier());
		if (d.identifierKind() == null) {
			problems.add(new Problem("identifierKind", "device.error.identifierKind"));
		}
		else {
			String problem = Identifiers.problem(d.identifierKind(), identifier);
			if (problem != null) {
				problems.add(new Problem("identifier", problem));
			}
			else if (this.store.identifierTaken(identifier)) {
				problems.add(new Problem("identifier", "device.error.identifier.duplicate", identifier));
			}
		}
		if (d.condition() == null) {
			problems.add(new Problem("condition", "device.error.condition"));
		}
		if (donation.registered() >= donation.deviceCount()) {
			problems.add(new Problem(null, "device.error.donationFull", donation.deviceCount()));
		}
		InvalidInputException.throwIfAny(problems);
		long id;
		try {
			id = this.store.insert(donation, model, d.identifierKind(), identifier, d.condition(), demo);
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("identifier", "device.error.identifier.duplicate", identifier);
		}
		this.audit.record("DEVICE_REGISTERED", "device", id, d.identifierKind() + " " + identifier);
		return get(scope, id);
	}

	/**
	 * Moves a phone by hand along an allowed transition; handing over has its own event.
	 */
	public DeviceView changeStatus(Scope scope, long id, StatusChange change) {
		DeviceView device = lock(scope, id);
		String note = Handovers.blank(change.note());
		if (change.status() == null) {
			throw InvalidInputException.of("status", "device.error.status.required");
		}
		if (!device.status().mayBecome(change.status())) {
			throw InvalidInputException.of("status", "device.error.transition");
		}
		if (note != null && note.length() > Handovers.MAX_NOTE) {
			throw InvalidInputException.of("note", "devices.error.note", Handovers.MAX_NOTE);
		}
		this.store.setStatus(id, change.status(), note);
		this.audit.record("DEVICE_STATUS_CHANGED", "device", id, device.status() + " -> " + change.status());
		return get(scope, id);
	}

	DeviceView lock(Scope scope, long id) {
		return this.store.lock(this.posts.visible(scope), id).orElseThrow(() -> new NotFoundException("device"));
	}

	void handedOver(long id) {
		this.store.setStatus(id, DeviceStatus.HANDED_OVER, null);
	}

}
