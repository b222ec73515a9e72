package org.causo.mailbox.points;

import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.mailbox.Mailbox;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.Questions;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.InvalidInputException;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * A post's mailboxes: opened, their retention and questions set, and shown with their
 * post's name, questions and how many reports are new. Who may see or change which is the
 * facade's business; every change is audited.
 */
@Component
public class MailboxSetup {

	private final MailboxStore store;

	private final BorderPosts posts;

	private final PublicTargets targets;

	private final AuditTrail audit;

	MailboxSetup(MailboxStore store, BorderPosts posts, PublicTargets targets, AuditTrail audit) {
		this.store = store;
		this.posts = posts;
		this.targets = targets;
		this.audit = audit;
	}

	/** The mailboxes of these posts, but archived ones. */
	public List<Mailbox> ofPosts(List<Long> postIds) {
		return this.store.mailboxes(postIds).stream().map(this::view).toList();
	}

	public Optional<Mailbox> find(long id) {
		return this.store.mailbox(id).map(this::view);
	}

	/** Opens a mailbox at the post and returns its id. */
	public long create(long postId, MailboxKind kind, String name) {
		String clean = SearchKey.clean(name);
		if (kind == null) {
			throw InvalidInputException.of("kind", "mailbox.error.kind");
		}
		if (clean == null || clean.isEmpty() || clean.length() > 120) {
			throw InvalidInputException.of("name", "mailbox.error.name");
		}
		long id = this.store.insertMailbox(kind, clean, postId, 90);
		this.audit.record("MAILBOX_CREATED", "mailbox", id, kind + " " + clean);
		return id;
	}

	/**
	 * Days a closed report keeps its content before the keys are destroyed (1 to 3650).
	 */
	public void setRetention(Mailbox mailbox, Integer days) {
		if (days == null || days < 1 || days > 3650) {
			throw InvalidInputException.of("retentionDays", "mailbox.error.retention", 1, 3650);
		}
		this.store.setRetention(mailbox.id(), days);
		this.audit.record("MAILBOX_RETENTION_CHANGED", "mailbox", mailbox.id(),
				mailbox.retentionDays() + " -> " + days);
	}

	/**
	 * Sets what the mailbox's form asks. Reports already received keep their answers; a
	 * question removed later still shows in them under the label it had.
	 */
	public void setQuestions(Mailbox mailbox, Questions draft) {
		if (draft == null) {
			throw InvalidInputException.of("categories", "questions.error.categories");
		}
		Questions clean = Questions.validated(mailbox.kind(), draft);
		this.store.setQuestions(mailbox.id(), this.targets.write(clean));
		this.targets.forget();
		this.audit.record("MAILBOX_QUESTIONS_CHANGED", "mailbox", mailbox.id(),
				"categories=" + clean.categories().size() + ", when=" + clean.when() + ", where=" + clean.where()
						+ ", files=" + clean.files() + ", questions=" + clean.custom().size());
	}

	private Mailbox view(MailboxStore.MailboxRow row) {
		String postName = this.posts.findAnywhere(row.postId()).map((p) -> p.name()).orElse("");
		return new Mailbox(row.id(), row.kind(), row.name(), row.postId(), postName, row.retentionDays(),
				row.newReports(), this.targets.questions(row.questions(), row.kind()));
	}

}
