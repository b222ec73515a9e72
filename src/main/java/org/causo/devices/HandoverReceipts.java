package org.causo.devices;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.causo.audit.AuditTrail;
import org.causo.devices.handovers.HandoverStore;
import org.causo.shared.CurrentActor;
import org.causo.shared.ImageCleaner;
import org.causo.shared.Images;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.crypto.Crypto;
import org.causo.shared.crypto.ServerSecrets;
import org.causo.shared.web.Allowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of signed handover receipts. They show a signature and a name, so they are
 * re-encoded without metadata (no EXIF, no GPS), sealed under a key derived from the
 * server secret before they reach the database, and opened, audited, only for the roles
 * that need them.
 */
@Service
@Transactional
public class HandoverReceipts {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final Images.Messages MESSAGES = new Images.Messages("photo", "handover.error.photo.tooLarge",
			"handover.error.photo.type", "handover.error.photo.pixels", "handover.error.photo.broken");

	private final HandoverStore store;

	private final Handovers handovers;

	private final AuditTrail audit;

	private final byte[] key;

	private final ImageCleaner images;

	HandoverReceipts(HandoverStore store, Handovers handovers, AuditTrail audit, ServerSecrets secrets,
			ImageCleaner images) {
		this.images = images;
		this.store = store;
		this.handovers = handovers;
		this.audit = audit;
		this.key = secrets.key("devices.receipt-photo.v1");
	}

	/** Keeps a clean copy of the photo, replacing an earlier one. */
	public void attach(Scope scope, UUID handoverId, byte[] upload) {
		HandoverView handover = this.handovers.get(scope, handoverId);
		Images.Clean clean = this.images.clean(upload, MAX_BYTES, MESSAGES);
		this.store.saveReceipt(handover.id(), clean.contentType(),
				Crypto.seal(this.key, clean.bytes(), context(handoverId)), CurrentActor.username());
		this.audit.record("HANDOVER_RECEIPT_ATTACHED", "device_handover", handoverId, clean.contentType());
	}

	/** The photo in clear; every opening is audited. */
	@PreAuthorize(Allowed.OFFICERS)
	public Receipt open(Scope scope, UUID handoverId) {
		this.handovers.get(scope, handoverId);
		Object[] row = this.store.receipt(handoverId).orElseThrow(() -> new NotFoundException("receipt"));
		this.audit.record("HANDOVER_RECEIPT_VIEWED", "device_handover", handoverId, null);
		return new Receipt((String) row[0], Crypto.open(this.key, (byte[]) row[1], context(handoverId)));
	}

	private static byte[] context(UUID handoverId) {
		return ("causo/devices/receipt/" + handoverId).getBytes(StandardCharsets.UTF_8);
	}

}
