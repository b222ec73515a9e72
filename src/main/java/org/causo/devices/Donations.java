package org.causo.devices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.devices.donations.DonationStore;
import org.causo.devices.posts.PostIds;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Donations received by the posts of a scope; outside it they do not exist. */
@Service
@Transactional
public class Donations {

	static final int MAX_DEVICES = 100_000;

	static final long MAX_VALUE = 1_000_000_000_000L;

	private final DonationStore store;

	private final Donors donors;

	private final PostIds posts;

	private final AuditTrail audit;

	private final Clock clock;

	Donations(DonationStore store, Donors donors, PostIds posts, AuditTrail audit, Clock clock) {
		this.store = store;
		this.donors = donors;
		this.posts = posts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageOf<DonationView> search(Scope scope, PageOf.Request page) {
		return named(this.store.search(this.posts.visible(scope), page));
	}

	@Transactional(readOnly = true)
	public DonationView get(Scope scope, long id) {
		return named(find(scope, id));
	}

	public DonationView create(Scope scope, DonationDraft draft) {
		return create(scope, draft, false);
	}

	public DonationView create(Scope scope, DonationDraft d, boolean demo) {
		List<Problem> problems = new ArrayList<>();
		if (d.postId() == null || !this.posts.sees(scope, d.postId())) {
			problems.add(new Problem("postId", "donation.error.post"));
		}
		if (d.donorId() == null) {
			problems.add(new Problem("donorId", "donation.error.donor"));
		}
		else {
			try {
				this.donors.get(d.donorId());
			}
			catch (NotFoundException ex) {
				problems.add(new Problem("donorId", "donation.error.donor"));
			}
		}
		if (d.donatedOn() == null) {
			problems.add(new Problem("donatedOn", "donation.error.date.required"));
		}
		else if (d.donatedOn().isAfter(LocalDate.now(this.clock)) || d.donatedOn().getYear() < 2000) {
			problems.add(new Problem("donatedOn", "donation.error.date.range"));
		}
		if (d.deviceCount() == null || d.deviceCount() < 1 || d.deviceCount() > MAX_DEVICES) {
			problems.add(new Problem("deviceCount", "donation.error.count", MAX_DEVICES));
		}
		if (d.valueVnd() == null || d.valueVnd() < 0 || d.valueVnd() > MAX_VALUE) {
			problems.add(new Problem("valueVnd", "donation.error.value"));
		}
		String model = Handovers.blank(d.model());
		if (model != null && model.length() > 120) {
			problems.add(new Problem("model", "device.error.model", 120));
		}
		String note = Handovers.blank(d.note());
		if (note != null && note.length() > Handovers.MAX_NOTE) {
			problems.add(new Problem("note", "devices.error.note", Handovers.MAX_NOTE));
		}
		InvalidInputException.throwIfAny(problems);
		long id = this.store.insert(d, model, note, CurrentActor.username(), demo);
		this.audit.record("DONATION_RECORDED", "device_donation", id,
				"devices=" + d.deviceCount() + ", valueVnd=" + d.valueVnd());
		return get(scope, id);
	}

	DonationView find(Scope scope, long id) {
		return this.store.find(this.posts.visible(scope), id).orElseThrow(() -> new NotFoundException("donation"));
	}

	void lock(long id) {
		this.store.lock(id);
	}

	private DonationView named(DonationView d) {
		return named(new PageOf<>(List.of(d), 0, 1, 1)).items().get(0);
	}

	private PageOf<DonationView> named(PageOf<DonationView> page) {
		Map<Long, String> names = this.posts.names(page.items().stream().map(DonationView::postId).toList());
		return page.map((d) -> new DonationView(d.id(), d.postId(), names.get(d.postId()), d.donorId(), d.donorName(),
				d.donatedOn(), d.deviceCount(), d.model(), d.valueVnd(), d.note(), d.registered()));
	}

}
