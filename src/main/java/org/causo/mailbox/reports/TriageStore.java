package org.causo.mailbox.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.causo.mailbox.ReportStatus;
import org.causo.mailbox.ReportView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for the officers' work on a report: its status, assignee and labels, who read it,
 * and the history of it all. Nothing here touches the sealed content.
 */
@Component
public class TriageStore {

	private final JdbcClient jdbc;

	TriageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void setStatus(long reportId, ReportStatus status) {
		this.jdbc.sql("""
				update report set status = :status,
				       closed_at = case when :status = 'CLOSED' then date_trunc('day', now()) else null end,
				       settled_at = case when :status in ('CLOSED', 'SPAM', 'NOT_VALUABLE')
				                         then date_trunc('day', now()) else null end,
				       was_valuable = was_valuable or :status in ('VALUABLE', 'CASE_OPENED')
				where id = :r
				""").param("r", reportId).param("status", status.name()).update();
	}

	public void history(long reportId, long officerId, String action, String from, String to) {
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

	public List<ReportView.History> history(long reportId) {
		return this.jdbc.sql("""
				select h.at, h.action, h.from_status, h.to_status, o.username
				from report_history h join officer o on o.id = h.officer_id where h.report_id = :r order by h.id
				""")
			.param("r", reportId)
			.query((rs, i) -> new ReportView.History(rs.getTimestamp("at").toInstant(), rs.getString("username"),
					rs.getString("action"), rs.getString("from_status"), rs.getString("to_status")))
			.list();
	}

	public Assignment assignment(long reportId) {
		return this.jdbc.sql("select assigned_officer_id, labels from report where id = :r")
			.param("r", reportId)
			.query((rs, i) -> {
				long assigned = rs.getLong(1);
				Long assignee = rs.wasNull() ? null : assigned;
				return new Assignment(assignee, List.of((String[]) rs.getArray(2).getArray()));
			})
			.single();
	}

	public void assign(long reportId, Long officerId) {
		this.jdbc.sql("update report set assigned_officer_id = :o where id = :r")
			.param("r", reportId)
			.param("o", officerId)
			.update();
	}

	public void label(long reportId, List<String> labels) {
		this.jdbc.sql("update report set labels = :labels where id = :r")
			.param("r", reportId)
			.param("labels", labels.toArray(String[]::new))
			.update();
	}

	/**
	 * Marks the report read by the officer, and when: the digest tells later replies
	 * apart.
	 */
	public void markRead(long reportId, long officerId, Instant at) {
		this.jdbc.sql("""
				insert into report_read (report_id, officer_id, read_at) values (:r, :o, :at)
				on conflict (report_id, officer_id) do update set read_at = excluded.read_at
				""").param("r", reportId).param("o", officerId).param("at", Timestamp.from(at)).update();
	}

	public record Assignment(Long assignee, List<String> labels) {

	}

}
