package org.causo.mailbox.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.causo.mailbox.CaseKind;
import org.causo.mailbox.CaseSummary;
import org.causo.mailbox.CaseView;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.ReportStatus;
import org.causo.mailbox.SeizureUnit;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL for cases, their reports, seizures and history. Callers filter by visible posts and
 * by the kinds of mailbox (of the report a case was opened from) the officer sees.
 */
@Component
public class CaseStore {

	private static final String SUMMARY = """
			select c.*, (select count(*) from mailbox_case_report cr where cr.case_id = c.id) as reports
			from mailbox_case c join report fr on fr.id = c.first_report_id join mailbox fm on fm.id = fr.mailbox_id
			""";

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long postId, long firstReportId, String title, CaseKind kind, Instant openedAt) {
		return this.jdbc.sql("""
				insert into mailbox_case (post_id, first_report_id, title, kind, opened_at)
				values (:post, :report, :title, :kind, :at) returning id
				""")
			.param("post", postId)
			.param("report", firstReportId)
			.param("title", title)
			.param("kind", kind.name())
			.param("at", Timestamp.from(openedAt))
			.query(Long.class)
			.single();
	}

	/** A case, only if its post is one of these and it was opened from these kinds. */
	public Optional<CaseSummary> get(long id, List<Long> postIds, List<MailboxKind> kinds) {
		return this.jdbc.sql(SUMMARY + " where c.id = :id and c.post_id = any(:posts) and fm.kind = any(:kinds)")
			.param("id", id)
			.param("posts", postIds.toArray(Long[]::new))
			.param("kinds", names(kinds))
			.query(CaseStore::summary)
			.optional();
	}

	public List<CaseSummary> list(List<Long> postIds, List<MailboxKind> kinds, String status) {
		SqlFilter filter = SqlFilter.all()
			.and("c.post_id = any(:posts)", "posts", postIds.toArray(Long[]::new))
			.and("fm.kind = any(:kinds)", "kinds", names(kinds));
		if (status != null) {
			// a blank status (the API's ?status=) matches nothing, as it always did
			filter.and("c.status = :status", "status", status);
		}
		return filter.query(this.jdbc, SUMMARY, "order by c.opened_at desc, c.id desc limit 500")
			.query(CaseStore::summary)
			.list();
	}

	/** The kind of mailbox the case was opened from. */
	public MailboxKind kindOf(long caseId) {
		return this.jdbc.sql("""
				select m.kind from mailbox_case c join report r on r.id = c.first_report_id
				join mailbox m on m.id = r.mailbox_id where c.id = :id
				""").param("id", caseId).query((rs, i) -> MailboxKind.valueOf(rs.getString("kind"))).single();
	}

	private static String[] names(List<MailboxKind> kinds) {
		return kinds.stream().map(Enum::name).toArray(String[]::new);
	}

	public Optional<Long> caseOfReport(long reportId) {
		return this.jdbc.sql("select case_id from mailbox_case_report where report_id = :r")
			.param("r", reportId)
			.query(Long.class)
			.optional();
	}

	public void link(long caseId, long reportId) {
		this.jdbc.sql("insert into mailbox_case_report (case_id, report_id) values (:c, :r)")
			.param("c", caseId)
			.param("r", reportId)
			.update();
	}

	public List<CaseView.LinkedReport> reports(long caseId) {
		return this.jdbc.sql("""
				select r.id, r.mailbox_id, r.category, r.status, r.received_hour
				from mailbox_case_report cr join report r on r.id = cr.report_id where cr.case_id = :c order by r.id
				""")
			.param("c", caseId)
			.query((rs, i) -> new CaseView.LinkedReport(rs.getLong("id"), rs.getLong("mailbox_id"),
					rs.getString("category"), ReportStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("received_hour").toInstant()))
			.list();
	}

	public void update(long id, String title, CaseKind kind, String status, boolean prosecuted, int arrests,
			Instant now) {
		this.jdbc.sql("""
				update mailbox_case set title = :title, kind = :kind, status = :status, prosecuted = :prosecuted,
				       arrests = :arrests,
				       closed_at = case when :status = 'CLOSED' then coalesce(closed_at, :now) else null end
				where id = :id
				""")
			.param("id", id)
			.param("title", title)
			.param("kind", kind.name())
			.param("status", status)
			.param("prosecuted", prosecuted)
			.param("arrests", arrests)
			.param("now", Timestamp.from(now))
			.update();
	}

	public void replaceSeizures(long caseId, List<CaseView.Seizure> seizures) {
		this.jdbc.sql("delete from mailbox_case_seizure where case_id = :c").param("c", caseId).update();
		for (CaseView.Seizure s : seizures) {
			this.jdbc.sql("""
					insert into mailbox_case_seizure (case_id, kind, quantity, unit) values (:c, :kind, :q, :unit)
					""")
				.param("c", caseId)
				.param("kind", s.kind())
				.param("q", s.quantity())
				.param("unit", s.unit().name())
				.update();
		}
	}

	public List<CaseView.Seizure> seizures(long caseId) {
		return this.jdbc.sql("select kind, quantity, unit from mailbox_case_seizure where case_id = :c order by id")
			.param("c", caseId)
			.query((rs, i) -> new CaseView.Seizure(rs.getString("kind"), rs.getBigDecimal("quantity"),
					SeizureUnit.valueOf(rs.getString("unit"))))
			.list();
	}

	public void history(long caseId, long officerId, String action, String details) {
		this.jdbc.sql("""
				insert into mailbox_case_history (case_id, officer_id, action, details)
				values (:c, :officer, :action, :details)
				""")
			.param("c", caseId)
			.param("officer", officerId)
			.param("action", action)
			.param("details", details)
			.update();
	}

	public List<CaseView.History> history(long caseId) {
		return this.jdbc.sql("""
				select h.at, o.username, h.action, h.details
				from mailbox_case_history h join officer o on o.id = h.officer_id where h.case_id = :c order by h.id
				""")
			.param("c", caseId)
			.query((rs, i) -> new CaseView.History(rs.getTimestamp("at").toInstant(), rs.getString("username"),
					rs.getString("action"), rs.getString("details")))
			.list();
	}

	private static CaseSummary summary(ResultSet rs, int i) throws SQLException {
		return new CaseSummary(rs.getLong("id"), rs.getLong("post_id"), rs.getString("title"),
				CaseKind.valueOf(rs.getString("kind")), rs.getString("status"), rs.getBoolean("prosecuted"),
				rs.getInt("arrests"), rs.getLong("reports"), rs.getTimestamp("opened_at").toInstant());
	}

}
