package org.causo.mailbox.points;

import java.util.List;
import java.util.Locale;

import org.causo.audit.AuditTrail;
import org.causo.mailbox.Mailbox;
import org.causo.mailbox.QrPoint;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.SearchKey;
import org.causo.shared.crypto.Crypto;

import org.springframework.stereotype.Component;

/**
 * The QR points of a mailbox: placing one (with a fresh code), pausing, resuming or
 * retiring it, and printing its poster. The caller has checked that the officer may set
 * the mailbox up.
 */
@Component
public class PointSetup {

	/** No look-alike characters (0/O, 1/I/L): codes are typed from posters too. */
	static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final MailboxStore store;

	private final PublicTargets targets;

	private final OrgUnits units;

	private final Posters posters;

	private final AuditTrail audit;

	PointSetup(MailboxStore store, PublicTargets targets, OrgUnits units, Posters posters, AuditTrail audit) {
		this.store = store;
		this.targets = targets;
		this.units = units;
		this.posters = posters;
		this.audit = audit;
	}

	public QrPoint create(Mailbox mailbox, String name, Long hamletId) {
		String clean = SearchKey.clean(name);
		if (clean == null || clean.isEmpty() || clean.length() > 120) {
			throw InvalidInputException.of("name", "qr.error.name");
		}
		if (hamletId != null) {
			try {
				OrgUnit hamlet = this.units.get(this.units.scopeOfPost(mailbox.postId()), hamletId);
				if (hamlet.kind() != UnitKind.HAMLET) {
					throw new NotFoundException("hamlet");
				}
			}
			catch (NotFoundException ex) {
				throw InvalidInputException.of("hamletId", "qr.error.hamlet");
			}
		}
		String code = newCode();
		long id = this.store.insertPoint(code, mailbox.id(), hamletId, clean);
		this.targets.forget();
		this.audit.record("QR_POINT_CREATED", "qr_point", id, code + " " + clean);
		return this.store.point(id).orElseThrow();
	}

	/**
	 * Pauses, resumes or retires a point; a retired code shows a polite page for good.
	 */
	public QrPoint setStatus(QrPoint point, String status) {
		if (!List.of("ACTIVE", "PAUSED", "RETIRED").contains(status) || "RETIRED".equals(point.status())) {
			throw InvalidInputException.of("status", "qr.error.status");
		}
		this.store.setPointStatus(point.id(), status);
		this.targets.forget();
		this.audit.record("QR_POINT_" + status, "qr_point", point.id(), point.code());
		return this.store.point(point.id()).orElseThrow();
	}

	/**
	 * A printable poster (A4) or sticker (A6) for a QR point, with the steps in
	 * Vietnamese and a second language.
	 */
	public byte[] poster(Mailbox mailbox, QrPoint point, Locale second, boolean sticker, String siteUrl) {
		this.audit.record("POSTER_PRINTED", "qr_point", point.id(), point.code() + (sticker ? " A6" : " A4"));
		return this.posters.pdf(mailbox.kind(), mailbox.postName(), siteUrl + "/q/" + point.code(), second, sticker);
	}

	/** The hamlets a point of this mailbox may be placed in: those its post covers. */
	public List<OrgUnit> hamlets(Mailbox mailbox) {
		return this.units.list(this.units.scopeOfPost(mailbox.postId()), UnitKind.HAMLET);
	}

	private String newCode() {
		for (int attempt = 0; attempt < 20; attempt++) {
			byte[] random = Crypto.randomBytes(8);
			StringBuilder code = new StringBuilder();
			for (byte b : random) {
				code.append(CODE_ALPHABET.charAt((b & 0xff) % CODE_ALPHABET.length()));
			}
			if (this.store.pointByCode(code.toString()).isEmpty()) {
				return code.toString();
			}
		}
		throw new IllegalStateException("no free QR code");
	}

}
