package org.causo.mailbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.causo.shared.LocalTimes;
import org.causo.shared.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for reports, their wrapped keys, messages and history. */
@Repository
class ReportStore {

	private final JdbcClient jdbc;

	private final LocalTimes times;

	ReportStore(JdbcClient jdbc, LocalTimes times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	/** Inserts a report unless one with this receipt exists (a retried submission). */
	Optional<Long> insertIfAbsent(UUID ref, long mailboxId, long pointId, String category, Instant hour, byte[] lookup,
			byte[] content, FormTokens.Sent form) {
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
			.param("formRef", form.ref())
			.param("formDigest", form.digest())
			.query(Long.class)
			.optional();
	}

	/**
	 * The content digest stored with the report a form made, found by the form or by the
	 * receipt (an empty array for reports older than digests).
	 */
	Optional<byte[]> sentDigest(byte[] formRef) {
		return this.jdbc.sql("select coalesce(form_digest, '\\x'::bytea) from report where form_ref = :formRef")
			.param("formRef", formRef)
			.query(byte[].class)
			.optional();
	}

	Optional<byte[]> sentDigestByLookup(byte[] lookup) {
		return this.jdbc.sql("select coalesce(form_digest, '\\x'::bytea) from report where receipt_lookup = :lookup")
			.param("lookup", lookup)
			.query(byte[].class)
			.optional();
	}

	Optional<ReportRow> byLookup(byte[] lookup) {
		return this.jdbc.sql("select * from report where receipt_lookup = :lookup")
			.param("lookup", lookup)
			.query(ReportStore::row)
			.optional();
	}

	Optional<ReportRow> byId(long id) {
		return this.jdbc.sql("select * from report where id = :id").param("id", id).query(ReportStore::row).optional();
	}

	/** A report's wrapped data keys, in one round trip. */
	void insertKeys(long reportId, List<Key> keys) {
		this.jdbc.sql("""
				insert into report_key (report_id, holder, officer_id, wrapped, key_fingerprint, recovery_key_id)
				select :r, k.holder, k.officer_id, k.wrapped, k.fingerprint, k.recovery_key_id
				from unnest(cast(:holders as text[]), cast(:officers as bigint[]), cast(:wrapped as bytea[]),
				            cast(:fingerprints as text[]), cast(:recoveryKeys as bigint[]))
				     as k(holder, officer_id, wrapped, fingerprint, recovery_key_id)
				""")
			.param("r", reportId)
			.param("holders", keys.stream().map(Key::holder).toArray(String[]::new))
			.param("officers", keys.stream().map(Key::officerId).toArray(Long[]::new))
			.param("wrapped", keys.stream().map(Key::wrapped).toArray(byte[][]::new))
			.param("fingerprints", keys.stream().map(Key::fingerprint).toArray(String[]::new))
			.param("recoveryKeys", keys.stream().map(Key::recoveryKeyId).toArray(Long[]::new))
			.update();
	}

	/**
	 * A wrapped data key, who holds it, and which of their keys it was made for: the
	 * officer's public key fingerprint, or the recovery key's id.
	 */
	record Key(String holder, Long officerId, byte[] wrapped, String fingerprint, Long recoveryKeyId) {

		static Key receipt(byte[] wrapped) {
			return new Key("RECEIPT", null, wrapped, null, null);
		}

		static Key officer(long officerId, byte[] wrapped, String fingerprint) {
			return new Key("OFFICER", officerId, wrapped, fingerprint, null);
		}

		static Key recovery(long recoveryKeyId, byte[] wrapped) {
			return new Key("RECOVERY", null, wrapped, null, recoveryKeyId);
		}

	}

	Optional<byte[]> key(long reportId, String holder, Long officerId) {
		return this.jdbc.sql("""
				select wrapped from report_key where report_id = :r and holder = :holder
				  and coalesce(officer_id, 0) = coalesce(:officer, 0)
				""")
			.param("r", reportId)
			.param("holder", holder)
			.param("officer", officerId)
			.query(byte[].class)
			.optional();
	}

	void insertMessage(long reportId, String author, Long officerId, Instant hour, byte[] body) {
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

	List<MessageRow> messages(long reportId) {
		return this.jdbc.sql("select id, author, sent_hour, body from report_message where report_id = :r order by id")
			.param("r", reportId)
			.query((rs, i) -> new MessageRow(rs.getLong("id"), rs.getString("author"),
					rs.getTimestamp("sent_hour").toInstant(), rs.getBytes("body")))
			.list();
	}

	void reporterActive(long reportId, Instant hour) {
		this.jdbc.sql("update report set reporter_activity_hour = :hour where id = :r")
			.param("r", reportId)
			.param("hour", Timestamp.from(hour))
			.update();
	}

	void setStatus(long reportId, ReportStatus status) {
		this.jdbc.sql("""
				update report set status = :status,
				       closed_at = case when :status = 'CLOSED' then date_trunc('day', now()) else null end,
				       settled_at = case when :status in ('CLOSED', 'SPAM', 'NOT_VALUABLE')
				                         then date_trunc('day', now()) else null end,
				       was_valuable = was_valuable or :status in ('VALUABLE', 'CASE_OPENED')
				where id = :r
				""").param("r", reportId).param("status", status.name()).update();
	}

	void history(long reportId, long officerId, String action, String from, String to) {
		this.jdbc.sql("""
				insert into report_history (report_id, officer_id, action, from_status, to_status)
				values (:r, :officer, :action, :from, :to)
				""")
			.param("r", reportId)
			.param("officer", officerId)
			.param("action", action)
			.param("from", from)
			.param("to", to)
			.update();
	}

	List<HistoryRow> history(long reportId) {
		return this.jdbc.sql("""
				select h.at, h.action, h.from_status, h.to_status, o.username
				from report_history h join officer o on o.id = h.officer_id where h.report_id = :r order by h.id
				""")
			.param("r", reportId)
			.query((rs, i) -> new HistoryRow(rs.getTimestamp("at").toInstant(), rs.getString("username"),
					rs.getString("action"), rs.getString("from_status"), rs.getString("to_status")))
			.list();
	}

	long unread(List<Long> mailboxIds, long officerId) {
		return this.jdbc.sql("""
				select count(*) from report r where r.mailbox_id = any(:mailboxes) and r.purged_at is null
				  and exists (select 1 from report_key k where k.report_id = r.id and k.holder = 'OFFICER'
				              and k.officer_id = :officer)
				  and not exists (select 1 from report_read rr where rr.report_id = r.id and rr.officer_id = :officer)
				""")
			.param("mailboxes", mailboxIds.toArray(Long[]::new))
			.param("officer", officerId)
			.query(Long.class)
			.single();
	}

	Assignment assignment(long reportId) {
		return this.jdbc.sql("select assigned_officer_id, labels from report where id = :r")
			.param("r", reportId)
			.query((rs, i) -> {
				long assigned = rs.getLong(1);
				Long assignee = rs.wasNull() ? null : assigned;
				return new Assignment(assignee, List.of((String[]) rs.getArray(2).getArray()));
			})
			.single();
	}

	void assign(long reportId, Long officerId) {
		this.jdbc.sql("update report set assigned_officer_id = :o where id = :r")
			.param("r", reportId)
			.param("o", officerId)
			.update();
	}

	void label(long reportId, List<String> labels) {
		this.jdbc.sql("update report set labels = :labels where id = :r")
			.param("r", reportId)
			.param("labels", labels.toArray(String[]::new))
			.update();
	}

	record Assignment(Long assignee, List<String> labels) {

	}

	/**
	 * Marks the report read by the officer, and when: the digest tells later replies
	 * apart.
	 */
	void markRead(long reportId, long officerId, Instant at) {
		this.jdbc.sql("""
				insert into report_read (report_id, officer_id, read_at) values (:r, :o, :at)
				on conflict (report_id, officer_id) do update set read_at = excluded.read_at
				""").param("r", reportId).param("o", officerId).param("at", Timestamp.from(at)).update();
	}

	PageOf<ReportSummary> inbox(long mailboxId, long officerId, ReportFilter filter, PageOf.Request page) {
		StringBuilder where = new StringBuilder(" where r.mailbox_id = :mailbox");
		Map<String, Object> params = new HashMap<>();
		params.put("mailbox", mailboxId);
		params.put("officer", officerId);
		if (filter.status() != null) {
			where.append(" and r.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.category() != null && !filter.category().isBlank()) {
			where.append(" and r.category = :category");
			params.put("category", filter.category());
		}
		if (filter.pointId() != null) {
			where.append(" and r.qr_point_id = :point");
			params.put("point", filter.pointId());
		}
		if (filter.label() != null && !filter.label().isBlank()) {
			where.append(" and :label = any(r.labels)");
			params.put("label", filter.label().strip());
		}
		if (filter.assigneeId() != null) {
			where.append(" and r.assigned_officer_id = :assignee");
			params.put("assignee", filter.assigneeId());
		}
		if (filter.month() != null) {
			where.append(" and r.received_hour >= :from and r.received_hour < :to");
			params.put("from", Timestamp.from(this.times.startOf(filter.month())));
			params.put("to", Timestamp.from(this.times.startOf(filter.month().plusMonths(1))));
		}
		long total = this.jdbc.sql("select count(*) from report r" + where).params(params).query(Long.class).single();
		List<ReportSummary> rows = this.jdbc
			.sql("""
					select r.id, r.received_hour, r.category, r.status, p.name as point_name,
					       not exists (select 1 from report_read rr where rr.report_id = r.id and rr.officer_id = :officer) as unread,
					       (select count(*) from report_message m where m.report_id = r.id) as messages
					from report r join qr_point p on p.id = r.qr_point_id"""
					+ where + " order by r.received_hour desc, r.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> new ReportSummary(rs.getLong("id"), rs.getTimestamp("received_hour").toInstant(),
					rs.getString("category"), ReportStatus.valueOf(rs.getString("status")), rs.getString("point_name"),
					rs.getBoolean("unread"), rs.getLong("messages")))
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	static Instant hourNow(java.time.Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.HOURS);
	}

	private static ReportRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new ReportRow(rs.getLong("id"), rs.getObject("ref", UUID.class), rs.getLong("mailbox_id"),
				rs.getLong("qr_point_id"), rs.getString("category"), ReportStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("received_hour").toInstant(), rs.getBytes("content"));
	}

	record ReportRow(long id, UUID ref, long mailboxId, long pointId, String category, ReportStatus status,
			Instant receivedHour, byte[] content) {

	}

	record MessageRow(long id, String author, Instant hour, byte[] body) {

	}

	record HistoryRow(Instant at, String officer, String action, String from, String to) {

	}

}
