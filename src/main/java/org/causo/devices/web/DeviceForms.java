package org.causo.devices.web;

import java.time.LocalDate;
import java.util.UUID;

import org.causo.devices.DeviceCondition;
import org.causo.devices.DeviceDraft;
import org.causo.devices.DeviceStatus;
import org.causo.devices.DonationDraft;
import org.causo.devices.DonorDraft;
import org.causo.devices.DonorKind;
import org.causo.devices.FollowUpDraft;
import org.causo.devices.HandoverDraft;
import org.causo.devices.IdentifierKind;
import org.causo.devices.StatusChange;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the device pages, as a browser sends them. */
final class DeviceForms {

	private DeviceForms() {
	}

	record Donor(String name, DonorKind kind, String contact) {

		DonorDraft draft() {
			return new DonorDraft(this.name, this.kind, this.contact);
		}

	}

	record Donation(Long postId, Long donorId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate donatedOn,
			Integer deviceCount, String model, Long valueVnd, String note) {

		DonationDraft draft() {
			return new DonationDraft(this.postId, this.donorId, this.donatedOn, this.deviceCount, this.model,
					this.valueVnd, this.note);
		}

	}

	record Device(String model, IdentifierKind identifierKind, String identifier, DeviceCondition condition) {

		DeviceDraft draft(long donationId) {
			return new DeviceDraft(donationId, this.model, this.identifierKind, this.identifier, this.condition);
		}

	}

	record Status(DeviceStatus status, String note) {

		StatusChange change() {
			return new StatusChange(this.status, this.note);
		}

	}

	record Handover(UUID id, Long deviceId, Long householdId, Long residentId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handedOn, String note) {

		static Handover fresh(long householdId, LocalDate today) {
			return new Handover(UUID.randomUUID(), null, householdId, null, today, null);
		}

		HandoverDraft draft() {
			return new HandoverDraft(this.id, this.deviceId, this.householdId, this.residentId, this.handedOn,
					this.note);
		}

	}

	record FollowUp(UUID id, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn, Boolean used,
			String note) {

		static FollowUp fresh(LocalDate today) {
			return new FollowUp(UUID.randomUUID(), today, null, null);
		}

		FollowUpDraft draft() {
			return new FollowUpDraft(this.id, this.visitedOn, this.used, this.note);
		}

	}

}
