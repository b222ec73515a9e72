package org.causo.mailbox.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.shared.crypto.Crypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destroys a report once its triage has ended (closed, spam or not valuable) and its
 * mailbox's retention period has passed since: the wrapped keys, the sealed content, the
 * messages and files, the officers' free-text labels, and the title of a case once every
 * report of the case is gone. The metadata (mailbox, point, category, status, coarse
 * time) stays so that the statistics do not change.
 * <p>
 * What this does not reach: a backup taken before the purge still holds the wrapped keys,
 * which a current reader's password, the recovery key or the receipt opens; and the
 * deleted rows stay in PostgreSQL's write-ahead log and its archives until they are
 * recycled. A report is gone for good only once the last backup and WAL archive from
 * before its purge have expired (docs/operations.md).
 */
@Component
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/** Triage over, and the mailbox's retention period passed since. */
	private static final String DUE = """
			from report r join mailbox m on m.id = r.mailbox_id
			where r.status in ('CLOSED', 'SPAM', 'NOT_VALUABLE') and r.purged_at is null
			  and r.settled_at + make_interval(days => m.retention_days) < :now
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Retention(JdbcClient jdbc, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Every night; several nodes may run it at once, the work is idempotent. */
	@Scheduled(cron = "${causo.mailbox.retention-cron:0 17 3 * * *}")
	void nightly() {
		int purged = purge(this.clock.instant());
		if (purged > 0) {
			log.info("Retention destroyed the content of {} reports", purged);
		}
	}

	/**
	 * Purges the reports due at {@code now}, each in its own transaction (a template, not
	 * an annotation, so that it holds however this is called): a report that fails keeps
	 * everything and is tried again the next night. Returns how many were purged.
	 */
	int purge(Instant now) {
		List<Long> due = this.jdbc.sql("select r.id " + DUE + " order by r.id limit 10000")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
		int purged = 0;
		for (Long id : due) {
			try {
				purged += Boolean.TRUE.equals(this.transactions.execute((status) -> purgeOne(id, now))) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Retention could not purge report {}: {}", id, ex.getClass().getSimpleName());
			}
		}
		return purged;
	}

	private boolean purgeOne(long id, Instant now) {
		// the row lock lets one node do each report; one that moved on since is left
		// alone
		boolean stillDue = this.jdbc.sql("select r.id " + DUE + " and r.id = :id for update of r skip locked")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.query(Long.class)
			.optional()
			.isPresent();
		if (!stillDue) {
			return false;
		}
		this.jdbc.sql("delete from report_key where report_id = :id").param("id", id).update();
		this.jdbc.sql("delete from report_message where report_id = :id").param("id", id).update();
		this.jdbc.sql("delete from report_file where report_id = :id").param("id", id).update();
		this.jdbc.sql("""
				update report set content = ''::bytea, receipt_lookup = :tombstone, labels = '{}', purged_at = now()
				where id = :id
				""").param("id", id).param("tombstone", Crypto.randomBytes(32)).update();
		this.jdbc.sql("""
				update mailbox_case c set title = null
				where c.id = (select cr.case_id from mailbox_case_report cr where cr.report_id = :id)
				  and not exists (select 1 from mailbox_case_report cr join report r on r.id = cr.report_id
				                  where cr.case_id = c.id and r.purged_at is null)
				""").param("id", id).update();
		this.audit.record("REPORT_PURGED", "report", id, "reason=RETENTION");
		return true;
	}

}
