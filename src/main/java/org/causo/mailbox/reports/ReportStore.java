package org.causo.mailbox.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causo.mailbox.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for sealed reports and their messages. The keys are in {@code keys}, the triage in
 * {@link TriageStore}, the inbox in {@code inbox}.
 */
@Component
public class ReportStore {

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a report unless one with this receipt exists (a retried submission). */
	public Optional<Long> insertIfAbsent(UUID ref, long mailboxId, long pointId, String category, Instant hour,
			byte[] lookup, byte[] content, byte[] formRef, byte[] formDigest) {
		return this.jdbc.sql("""
				insert into report (ref, mailbox_id, qr_point_id, category, received_hour, receipt_lookup, content,
				                    form_ref, form_digest)
				values (:ref, :mailbox, :point, :category, :hour, :lookup, :content, :formRef, :formDigest)
				on conflict do nothing returning id
				""")
			.param("ref", ref)
			.param("mailbox", mailboxId)
			.param("point", pointId)
			.param("category", category)
			.param("hour", Timestamp.from(hour))
			.param("lookup", lookup)
			.param("content", content)
			.param("formRef", formRef)
			.param("formDigest", formDigest)
			.query(Long.class)
			.optional();
	}

	/**
	 * The content digest stored with the report a form made, found by the form or by the
	 * receipt (an empty array for reports older than digests).
	 */
	public Optional<byte[]> sentDigest(byte[] formRef) {
		return sentDigest("form_ref", formRef);
	}

	public Optional<byte[]> sentDigestByLookup(byte[] lookup) {
		return sentDigest("receipt_lookup", lookup);
	}

	private Optional<byte[]> sentDigest(String column, byte[] value) {
		return this.jdbc.sql("select coalesce(form_digest, '\\x'::bytea) from report where " + column + " = :value")
			.param("value", value)
			.query(byte[].class)
			.optional();
	}

	public Optional<SealedReport> byLookup(byte[] lookup) {
		return this.jdbc.sql("select * from report where receipt_lookup = :lookup")
			.param("lookup", lookup)
			.query(ReportStore::row)
			.optional();
	}

	public Optional<SealedReport> byId(long id) {
		return this.jdbc.sql("select * from report where id = :id").param("id", id).query(ReportStore::row).optional();
	}

	public void insertMessage(long reportId, String author, Long officerId, Instant hour, byte[] body) {
		this.jdbc.sql("""
				insert into report_message (report_id, author, officer_id, sent_hour, body)
				values (:r, :author, :officer, :hour, :body)
				""")
			.param("r", reportId)
			.param("author", author)
			.param("officer", officerId)
			.param("hour", Timestamp.from(hour))
			.param("body", body)
			.update();
	}

	public List<SealedMessage> messages(long reportId) {
		return this.jdbc.sql("select id, author, sent_hour, body from report_message where report_id = :r order by id")
			.param("r", reportId)
			.query((rs, i) -> new SealedMessage(rs.getLong("id"), rs.getString("author"),
					rs.getTimestamp("sent_hour").toInstant(), rs.getBytes("body")))
			.list();
	}

	public void reporterActive(long reportId, Instant hour) {
		this.jdbc.sql("update report set reporter_activity_hour = :hour where id = :r")
			.param("r", reportId)
			.param("hour", Timestamp.from(hour))
			.update();
	}

	/** The hour, the finest time the mailbox keeps of anything a reporter does. */
	public static Instant hourNow(java.time.Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.HOURS);
	}

	private static SealedReport row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new SealedReport(rs.getLong("id"), rs.getObject("ref", UUID.class), rs.getLong("mailbox_id"),
				rs.getLong("qr_point_id"), rs.getString("category"), ReportStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("received_hour").toInstant(), rs.getBytes("content"));
	}

}
