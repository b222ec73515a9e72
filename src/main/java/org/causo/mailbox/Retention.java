package org.causo.mailbox;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys closed reports once their mailbox's retention period has passed: the wrapped
 * keys, the sealed content and the messages go; the metadata stays so that the statistics
 * do not change. Without its keys nothing of the report can ever be opened again, from
 * backups included.
 */
@Component
class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Retention(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every night; several nodes may run it at once, the work is idempotent. */
	@Scheduled(cron = "${causo.mailbox.retention-cron:0 17 3 * * *}")
	void nightly() {
		int purged = purge(this.clock.instant());
		if (purged > 0) {
			log.info("Retention destroyed the content of {} closed reports", purged);
		}
	}

	@Transactional
	int purge(Instant now) {
		List<Long> due = this.jdbc.sql("""
				select r.id from report r join mailbox m on m.id = r.mailbox_id
				where r.status = 'CLOSED' and r.purged_at is null
				  and r.closed_at + make_interval(days => m.retention_days) < :now
				order by r.id limit 10000 for update of r skip locked
				""").param("now", Timestamp.from(now)).query(Long.class).list();
		for (Long id : due) {
			this.jdbc.sql("delete from report_key where report_id = :id").param("id", id).update();
			this.jdbc.sql("delete from report_message where report_id = :id").param("id", id).update();
			this.jdbc.sql("delete from report_file where report_id = :id").param("id", id).update();
			this.jdbc.sql("""
					update report set content = ''::bytea, receipt_lookup = :tombstone, purged_at = now()
					where id = :id
					""").param("id", id).param("tombstone", Crypto.randomBytes(32)).update();
			this.audit.record("REPORT_PURGED", "report", id, "retention");
		}
		return due.size();
	}

}
