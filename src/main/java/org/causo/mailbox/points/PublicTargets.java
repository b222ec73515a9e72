package org.causo.mailbox.points;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.causo.mailbox.MailboxClosedException;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.QrPoint;
import org.causo.mailbox.Questions;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a QR code leads: the point, its mailbox's kind, post and questions. Every view
 * and every submission of the public form needs it, so it is kept in memory for a short
 * while. A change made on this node applies at once; one made on another node within
 * {@link #FRESH_FOR}.
 */
@Component
public class PublicTargets {

	static final Duration FRESH_FOR = Duration.ofSeconds(30);

	private final MailboxStore store;

	private final JsonMapper json;

	private final Cache<String, Optional<Target>> cache = Caffeine.newBuilder()
		.expireAfterWrite(FRESH_FOR)
		.maximumSize(20_000)
		.build();

	PublicTargets(MailboxStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	/**
	 * The target of a code as typed, if its point takes reports; otherwise the page that
	 * says why (unknown, paused, retired).
	 */
	public Target open(String code) {
		String normalized = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : "";
		Target target = normalized.matches("[A-Z2-9]{6,12}") ? find(normalized).orElse(null) : null;
		if (target == null) {
			throw new MailboxClosedException("UNKNOWN");
		}
		if (!target.point().active()) {
			throw new MailboxClosedException(target.point().status());
		}
		return target;
	}

	/** The target of a normalized code, if the code exists (active or not). */
	Optional<Target> find(String code) {
		return this.cache.get(code, (c) -> this.store.publicTarget(c)
			.map((t) -> new Target(t.point(), t.kind(), t.postId(), questions(t.questions(), t.kind()))));
	}

	/**
	 * Forgets what is kept, after a point or a mailbox changed: now, and again once the
	 * change is committed, so that a read in between cannot keep the old state.
	 */
	public void forget() {
		this.cache.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					PublicTargets.this.cache.invalidateAll();
				}
			});
		}
	}

	public Questions questions(String stored, MailboxKind kind) {
		return (stored != null) ? this.json.readValue(stored, Questions.class) : Questions.defaults(kind);
	}

	public String write(Questions questions) {
		return this.json.writeValueAsString(questions);
	}

	/**
	 * A QR point and what its form needs.
	 *
	 * @param point the point
	 * @param kind its mailbox's kind
	 * @param postId the post reading the mailbox
	 * @param questions what the form asks
	 */
	public record Target(QrPoint point, MailboxKind kind, long postId, Questions questions) {

	}

}
