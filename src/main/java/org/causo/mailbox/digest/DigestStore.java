package org.causo.mailbox.digest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.causo.mailbox.MailboxKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the mailbox digest: what each officer was last told, and whether anything new
 * arrived since. Everything is compared by the hour, as reporters' times are kept.
 */
@Repository
class DigestStore {

	private final JdbcClient jdbc;

	DigestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The mailboxes at the post whose reports officers of these kinds' readers read. */
	List<Long> mailboxes(long postId, List<MailboxKind> kinds) {
		return this.jdbc.sql("select id from mailbox where post_id = :post and kind = any(:kinds) and not archived")
			.param("post", postId)
			.param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	/**
	 * Claims the officer's digest for this transaction: the hour up to which everything
	 * was announced, its row locked. Empty when another node holds it right now.
	 */
	Optional<Instant> claim(long officerId, Instant start) {
		this.jdbc.sql("""
				insert into mailbox_digest (officer_id, announced_until) values (:officer, :start)
				on conflict (officer_id) do nothing
				""").param("officer", officerId).param("start", Timestamp.from(start)).update();
		return this.jdbc
			.sql("select announced_until from mailbox_digest where officer_id = :officer for update skip locked")
			.param("officer", officerId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Whether a report the officer has not opened, or a reporter's reply the officer has
	 * not seen, arrived in one of the mailboxes in the hours from {@code from} to
	 * {@code until} (exclusive). A reply counts as seen when the report was opened after
	 * the reply's hour had ended.
	 */
	boolean anythingNew(long officerId, List<Long> mailboxIds, Instant from, Instant until) {
		return this.jdbc
			.sql("""
					select exists (
					    select 1 from report r
					    where r.mailbox_id = any(:mailboxes) and r.purged_at is null
					      and r.received_hour >= :from and r.received_hour < :until
					      and not exists (select 1 from report_read rr where rr.report_id = r.id and rr.officer_id = :officer))
					  or exists (
					    select 1 from report_message m join report r on r.id = m.report_id
					    where m.author = 'REPORTER' and m.sent_hour >= :from and m.sent_hour < :until
					      and r.mailbox_id = any(:mailboxes) and r.purged_at is null
					      and not exists (select 1 from report_read rr where rr.report_id = r.id and rr.officer_id = :officer
					                      and rr.read_at >= m.sent_hour + interval '1 hour'))
					""")
			.param("officer", officerId)
			.param("mailboxes", mailboxIds.toArray(Long[]::new))
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Moves the officer's mark forward to {@code until}; {@code sentAt} is when a mail
	 * went out, or null when there was nothing to say.
	 */
	void announced(long officerId, Instant until, Instant sentAt) {
		this.jdbc.sql("""
				update mailbox_digest set announced_until = greatest(announced_until, :until),
				       last_sent_at = coalesce(cast(:sent as timestamptz), last_sent_at)
				where officer_id = :officer
				""")
			.param("officer", officerId)
			.param("until", Timestamp.from(until))
			.param("sent", (sentAt != null) ? Timestamp.from(sentAt) : null)
			.update();
	}

}
