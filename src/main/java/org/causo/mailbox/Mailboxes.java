package org.causo.mailbox;

import java.util.List;

import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.mailbox.points.MailboxSetup;
import org.causo.mailbox.points.MailboxStore;
import org.causo.mailbox.points.PointSetup;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.shared.NotFoundException;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mailboxes of the posts and their QR points, as commanders set them up. */
@Service
@Transactional
public class Mailboxes {

	private final MailboxStore store;

	private final BorderPosts posts;

	private final MailboxSetup setup;

	private final PointSetup points;

	private final Officers officers;

	Mailboxes(MailboxStore store, BorderPosts posts, MailboxSetup setup, PointSetup points, Officers officers) {
		this.store = store;
		this.posts = posts;
		this.setup = setup;
		this.points = points;
		this.officers = officers;
	}

	/**
	 * A printable poster (A4) or sticker (A6) for a QR point, with the steps in
	 * Vietnamese and a second language.
	 * @param siteUrl the public address of the site, e.g. https://causo.example
	 */
	public byte[] poster(Scope scope, long officerId, long pointId, java.util.Locale second, boolean sticker,
			String siteUrl) {
		QrPoint point = this.store.point(pointId).orElseThrow(() -> new NotFoundException("qr point"));
		return this.points.poster(get(scope, officerId, point.mailboxId()), point, second, sticker, siteUrl);
	}

	/** The mailboxes inside the scope whose reports this officer may see. */
	@Transactional(readOnly = true)
	public List<Mailbox> list(Scope scope, long officerId) {
		Role role = this.officers.me(officerId).role();
		return this.setup.ofPosts(posts(scope)).stream().filter((m) -> sees(role, m.kind())).toList();
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
		return this.setup.find(id)
			.filter((m) -> posts(scope).contains(m.postId()))
			.orElseThrow(() -> new NotFoundException("mailbox"));
	}

	public Mailbox create(Scope scope, long postId, MailboxKind kind, String name) {
		if (!posts(scope).contains(postId)) {
			throw new NotFoundException("post");
		}
		return get(scope, this.setup.create(postId, kind, name));
	}

	/**
	 * Days a closed report keeps its content before the keys are destroyed (1 to 3650).
	 */
	public Mailbox setRetention(Scope scope, long mailboxId, Integer days) {
		this.setup.setRetention(get(scope, mailboxId), days);
		return get(scope, mailboxId);
	}

	/**
	 * Sets what the mailbox's form asks. Reports already received keep their answers; a
	 * question removed later still shows in them under the label it had.
	 */
	public Mailbox setQuestions(Scope scope, long mailboxId, Questions draft) {
		this.setup.setQuestions(get(scope, mailboxId), draft);
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
		return this.points.hamlets(mailbox);
	}

	public QrPoint createPoint(Scope scope, long mailboxId, String name, Long hamletId) {
		return this.points.create(get(scope, mailboxId), name, hamletId);
	}

	/**
	 * Pauses, resumes or retires a point; a retired code shows a polite page for good.
	 */
	public QrPoint setPointStatus(Scope scope, long pointId, String status) {
		QrPoint point = this.store.point(pointId).orElseThrow(() -> new NotFoundException("qr point"));
		get(scope, point.mailboxId());
		return this.points.setStatus(point, status);
	}

}
