package org.causo.devices.handovers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.causo.devices.FollowUpView;
import org.causo.devices.FollowUps;
import org.causo.devices.HandoverView;
import org.causo.devices.Handovers;
import org.causo.registry.HouseholdSection;
import org.causo.registry.Residents;
import org.causo.shared.PageOf;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household page's devices part: phones handed over to the household, who signed, and
 * the follow-up visits that say whether the phone is used.
 */
@Component
@Transactional(readOnly = true)
class HouseholdPhones implements HouseholdSection {

	private final Handovers handovers;

	private final FollowUps followUps;

	private final Residents residents;

	HouseholdPhones(Handovers handovers, FollowUps followUps, Residents residents) {
		this.handovers = handovers;
		this.followUps = followUps;
		this.residents = residents;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "devices/household-section";
	}

	@Override
	public Optional<Map<String, Object>> model(Viewer viewer, long householdId) {
		if (!viewer.seesPersons()) {
			return Optional.empty();
		}
		Map<Long, String> names = new HashMap<>();
		this.residents.members(viewer.scope(), householdId).forEach((r) -> names.put(r.id(), r.fullName()));
		List<Phone> phones = this.handovers.search(viewer.scope(), householdId, new PageOf.Request(0, 50))
			.items()
			.stream()
			.map((h) -> new Phone(h, names.computeIfAbsent(h.residentId(), (id) -> signer(viewer, id)),
					this.followUps.of(viewer.scope(), h.id())))
			.toList();
		return Optional.of(Map.of("phones", phones));
	}

	private String signer(Viewer viewer, long residentId) {
		try {
			return this.residents.get(viewer.scope(), residentId).fullName();
		}
		catch (org.causo.shared.NotFoundException ex) {
			// moved out of the viewer's scope since: the page still lists the phone
			return null;
		}
	}

	/**
	 * A phone the household received.
	 *
	 * @param handover the handover
	 * @param signedBy the member who signed, null when no longer visible
	 * @param followUps the follow-up visits, newest first
	 */
	record Phone(HandoverView handover, String signedBy, List<FollowUpView> followUps) {

	}

}
