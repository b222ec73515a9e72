package org.causo.mailbox;

import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;
import org.causo.shared.crypto.Crypto;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mailboxes of the posts and their QR points, as commanders set them up. */
@Service
@Transactional
public class Mailboxes {

	/** No look-alike characters (0/O, 1/I/L): codes are typed from posters too. */
	static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final MailboxStore store;

	private final BorderPosts posts;

	private final AuditTrail audit;

	private final Posters posters;

	private final PublicTargets targets;

	private final OrgUnits units;

	private final Officers officers;

	Mailboxes(MailboxStore store, BorderPosts posts, AuditTrail audit, Posters posters, PublicTargets targets,
			OrgUnits units, Officers officers) {
		this.store = store;
		this.officers = officers;
		this.units = units;
		this.targets = targets;
		this.posts = posts;
		this.audit = audit;
		this.posters = posters;
	}

	/**
	 * A printable poster (A4) or sticker (A6) for a QR point, with the steps in
	 * Vietnamese and a second language.
	 * @param siteUrl the public address of the site, e.g. https://causo.example
	 */
	public byte[] poster(Scope scope, long officerId, long pointId, java.util.Locale second, boolean sticker,
			String siteUrl) {
		QrPoint point = this.store.point(pointId).orElseThrow(() -> new NotFoundException("qr point"));
		Mailbox mailbox = get(scope, officerId, point.mailboxId());
		this.audit.record("POSTER_PRINTED", "qr_point", pointId, point.code() + (sticker ? " A6" : " A4"));
		return this.posters.pdf(mailbox.kind(), mailbox.postName(), siteUrl + "/q/" + point.code(), second, sticker);
	}

	/** The mailboxes inside the scope whose reports this officer may see. */
	@Transactional(readOnly = true)
	public List<Mailbox> list(Scope scope, long officerId) {
		Role role = this.officers.me(officerId).role();
		return this.store.mailboxes(posts(scope)).stream().map(this::view).filter((m) -> sees(role, m.kind())).toList();
	}

	/**
	 * The posts whose mailboxes, reports and cases a scope reaches: an officer's own
	 * posts, or the posts a province or commune scope covers. Neighbouring posts often
	 * cover the same commune; that never opens one post's mailboxes to the other.
	 */
	@Transactional(readOnly = true)
	public List<Long> posts(Scope scope) {
		return scope.postIds().isEmpty() ? this.posts.visibleIds(scope) : List.copyOf(scope.postIds());
	}

	/** The posts of {@link #posts(Scope)}, for the pages' choices of a post. */
	@Transactional(readOnly = true)
	public List<org.causo.orgunit.BorderPost> postList(Scope scope) {
		List<Long> reached = posts(scope);
		return this.posts.list(scope).stream().filter((p) -> reached.contains(p.id())).toList();
	}

	/**
	 * Whether an officer sees a mailbox's reports and every trace they leave (inbox,
	 * counts, cases, figures): the readers' roles of its kind. The province's
	 * administrators also see the crime tips' metadata, never the soldiers' feedback,
	 * which is the commander's alone.
	 */
	public boolean sees(long officerId, Mailbox mailbox) {
		return sees(this.officers.me(officerId).role(), mailbox.kind());
	}

	/** The kinds of mailbox whose reports, cases and figures this officer sees. */
	public List<MailboxKind> kindsSeenBy(long officerId) {
		Role role = this.officers.me(officerId).role();
		return java.util.Arrays.stream(MailboxKind.values()).filter((kind) -> sees(role, kind)).toList();
	}

	static boolean sees(Role role, MailboxKind kind) {
		return kind.readers().contains(role) || (role == Role.PROVINCE_ADMIN && kind != MailboxKind.FEEDBACK);
	}

	/**
	 * Whether an officer sees a mailbox's set-up (questions, QR points, posters): those
	 * who see its reports, and the province's administrators, who set mailboxes up.
	 */
	private static boolean setsUp(Role role, MailboxKind kind) {
		return sees(role, kind) || role == Role.PROVINCE_ADMIN;
	}

	/** The ids of the mailboxes inside the scope, without their figures. */
	@Transactional(readOnly = true)
	public List<Long> ids(Scope scope) {
		return this.store.ids(posts(scope));
	}

	/**
	 * A mailbox and its set-up, for an officer of its post who sees it or an
	 * administrator whose scope covers the post; anything else answers 404.
	 */
	@Transactional(readOnly = true)
	public Mailbox get(Scope scope, long officerId, long id) {
		Mailbox mailbox = get(scope, id);
		if (!setsUp(this.officers.me(officerId).role(), mailbox.kind())) {
			throw new NotFoundException("mailbox");
		}
		return mailbox;
	}

	/**
	 * A mailbox of a post the scope reaches, whatever the role; callers check the role.
	 */
	Mailbox get(Scope scope, long id) {
		MailboxStore.MailboxRow row = this.store.mailbox(id)
			.filter((m) -> posts(scope).contains(m.postId()))
			.orElseThrow(() -> new NotFoundException("mailbox"));
		return view(row);
	}

	public Mailbox create(Scope scope, long postId, MailboxKind kind, String name) {
		if (!posts(scope).contains(postId)) {
			throw new NotFoundException("post");
		}
		String clean = SearchKey.clean(name);
		if (kind == null) {
			throw InvalidInputException.of("kind", "mailbox.error.kind");
		}
		if (clean == null || clean.isEmpty() || clean.length() > 120) {
			throw InvalidInputException.of("name", "mailbox.error.name");
		}
		long id = this.store.insertMailbox(kind, clean, postId, 90);
		this.audit.record("MAILBOX_CREATED", "mailbox", id, kind + " " + clean);
		return get(scope, id);
	}

	/**
	 * Days a closed report keeps its content before the keys are destroyed (1 to 3650).
	 */
	public Mailbox setRetention(Scope scope, long mailboxId, Integer days) {
		Mailbox mailbox = get(scope, mailboxId);
		if (days == null || days < 1 || days > 3650) {
			throw InvalidInputException.of("retentionDays", "mailbox.error.retention", 1, 3650);
		}
		this.store.setRetention(mailboxId, days);
		this.audit.record("MAILBOX_RETENTION_CHANGED", "mailbox", mailboxId, mailbox.retentionDays() + " -> " + days);
		return get(scope, mailboxId);
	}

	/**
	 * Sets what the mailbox's form asks. Reports already received keep their answers; a
	 * question removed later still shows in them under the label it had.
	 */
	public Mailbox setQuestions(Scope scope, long mailboxId, Questions draft) {
		Mailbox mailbox = get(scope, mailboxId);
		if (draft == null) {
			throw InvalidInputException.of("categories", "questions.error.categories");
		}
		Questions clean = Questions.validated(mailbox.kind(), draft);
		this.store.setQuestions(mailboxId, this.targets.write(clean));
		this.targets.forget();
		this.audit.record("MAILBOX_QUESTIONS_CHANGED", "mailbox", mailboxId,
				"categories=" + clean.categories().size() + ", when=" + clean.when() + ", where=" + clean.where()
						+ ", files=" + clean.files() + ", questions=" + clean.custom().size());
		return get(scope, mailboxId);
	}

	@Transactional(readOnly = true)
	public List<QrPoint> points(Scope scope, long officerId, long mailboxId) {
		get(scope, officerId, mailboxId);
		return this.store.points(mailboxId);
	}

	/**
	 * A QR point by its code, if its mailbox is one the officer may see set up; an
	 * unknown code, a malformed one or one outside the scope answers 404.
	 */
	@Transactional(readOnly = true)
	public QrPoint point(Scope scope, long officerId, String code) {
		if (code == null || !code.matches("[A-Za-z0-9]{1,32}")) {
			throw new NotFoundException("qr point");
		}
		QrPoint point = this.store.pointByCode(code).orElseThrow(() -> new NotFoundException("qr point"));
		get(scope, officerId, point.mailboxId());
		return point;
	}

	/** The hamlets a point of this mailbox may be placed in: those its post covers. */
	@Transactional(readOnly = true)
	public List<OrgUnit> hamlets(Scope scope, long officerId, long mailboxId) {
		Mailbox mailbox = get(scope, officerId, mailboxId);
		return this.units.list(this.units.scopeOfPost(mailbox.postId()), UnitKind.HAMLET);
	}

	public QrPoint createPoint(Scope scope, long mailboxId, String name, Long hamletId) {
		Mailbox mailbox = get(scope, mailboxId);
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
		long id = this.store.insertPoint(code, mailboxId, hamletId, clean);
		this.targets.forget();
		this.audit.record("QR_POINT_CREATED", "qr_point", id, code + " " + clean);
		return this.store.point(id).orElseThrow();
	}

	/**
	 * Pauses, resumes or retires a point; a retired code shows a polite page for good.
	 */
	public QrPoint setPointStatus(Scope scope, long pointId, String status) {
		QrPoint point = this.store.point(pointId).orElseThrow(() -> new NotFoundException("qr point"));
		get(scope, point.mailboxId());
		if (!List.of("ACTIVE", "PAUSED", "RETIRED").contains(status) || "RETIRED".equals(point.status())) {
			throw InvalidInputException.of("status", "qr.error.status");
		}
		this.store.setPointStatus(pointId, status);
		this.targets.forget();
		this.audit.record("QR_POINT_" + status, "qr_point", pointId, point.code());
		return this.store.point(pointId).orElseThrow();
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

	private Mailbox view(MailboxStore.MailboxRow row) {
		String postName = this.posts.findAnywhere(row.postId()).map((p) -> p.name()).orElse("");
		return new Mailbox(row.id(), row.kind(), row.name(), row.postId(), postName, row.retentionDays(),
				row.newReports(), this.targets.questions(row.questions(), row.kind()));
	}

}
