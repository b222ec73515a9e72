package org.causo.mailbox.inbox;

import java.sql.Timestamp;
import java.util.List;

import org.causo.mailbox.ReportFilter;
import org.causo.mailbox.ReportStatus;
import org.causo.mailbox.ReportSummary;
import org.causo.shared.LocalTimes;
import org.causo.shared.PageOf;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officers' list of a mailbox's reports, filtered and a page at a time, and the count
 * of reports an officer has not opened yet. Metadata only: never the sealed content.
 */
@Component
public class InboxQuery {

	private static final String ROWS = """
			select r.id, r.received_hour, r.category, r.status, p.name as point_name,
			       not exists (select 1 from report_read rr where rr.report_id = r.id and rr.officer_id = :officer) as unread,
			       (select count(*) from report_message m where m.report_id = r.id) as messages
			from report r join qr_point p on p.id = r.qr_point_id""";

	private final JdbcClient jdbc;

	private final LocalTimes times;

	InboxQuery(JdbcClient jdbc, LocalTimes times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	public PageOf<ReportSummary> inbox(long mailboxId, long officerId, ReportFilter filter, PageOf.Request page) {
		SqlFilter where = SqlFilter.all()
			.and("r.mailbox_id = :mailbox", "mailbox", mailboxId)
			.andIf((filter.status() != null) ? filter.status().name() : null, "r.status = :status", "status")
			.andIf(filter.category(), "r.category = :category", "category")
			.andIf(filter.pointId(), "r.qr_point_id = :point", "point")
			.andIf((filter.label() != null) ? filter.label().strip() : null, ":label = any(r.labels)", "label")
			.andIf(filter.assigneeId(), "r.assigned_officer_id = :assignee", "assignee");
		if (filter.month() != null) {
			where.and("r.received_hour >= :from", "from", Timestamp.from(this.times.startOf(filter.month())))
				.and("r.received_hour < :to", "to", Timestamp.from(this.times.startOf(filter.month().plusMonths(1))));
		}
		return where.param("officer", officerId)
			.pageCounting(this.jdbc, "report r", ROWS, "r.received_hour desc, r.id desc", page,
					(rs, i) -> new ReportSummary(rs.getLong("id"), rs.getTimestamp("received_hour").toInstant(),
							rs.getString("category"), ReportStatus.valueOf(rs.getString("status")),
							rs.getString("point_name"), rs.getBoolean("unread"), rs.getLong("messages")));
	}

	/**
	 * Reports in these mailboxes that the officer holds a key to and has not opened yet.
	 */
	public long unread(List<Long> mailboxIds, long officerId) {
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

}
