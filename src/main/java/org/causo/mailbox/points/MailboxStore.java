package org.causo.mailbox.points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.QrPoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for mailboxes and QR points. Visibility is by the posts the caller may see. */
@Component
public class MailboxStore {

	private static final String MAILBOX = """
			select m.id, m.kind, m.name, m.post_id, m.retention_days, m.questions::text as questions,
			       (select count(*) from report r where r.mailbox_id = m.id and r.status = 'NEW') as new_reports
			from mailbox m
			""";

	private final JdbcClient jdbc;

	MailboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Long> ids(List<Long> postIds) {
		return this.jdbc.sql("select id from mailbox where post_id = any(:posts) and not archived")
			.param("posts", postIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	List<MailboxRow> mailboxes(List<Long> postIds) {
		return this.jdbc.sql(MAILBOX + " where m.post_id = any(:posts) and not m.archived order by m.post_id, m.kind")
			.param("posts", postIds.toArray(Long[]::new))
			.query(MailboxStore::mailbox)
			.list();
	}

	/** The kind of a mailbox, without its figures. */
	public Optional<MailboxKind> kindOf(long id) {
		return this.jdbc.sql("select kind from mailbox where id = :id")
			.param("id", id)
			.query((rs, i) -> MailboxKind.valueOf(rs.getString(1)))
			.optional();
	}

	Optional<MailboxRow> mailbox(long id) {
		return this.jdbc.sql(MAILBOX + " where m.id = :id").param("id", id).query(MailboxStore::mailbox).optional();
	}

	long insertMailbox(MailboxKind kind, String name, long postId, int retentionDays) {
		return this.jdbc.sql("""
				insert into mailbox (kind, name, post_id, retention_days) values (:kind, :name, :post, :days)
				returning id
				""")
			.param("kind", kind.name())
			.param("name", name)
			.param("post", postId)
			.param("days", retentionDays)
			.query(Long.class)
			.single();
	}

	void setRetention(long mailboxId, int days) {
		this.jdbc.sql("update mailbox set retention_days = :days where id = :id")
			.param("id", mailboxId)
			.param("days", days)
			.update();
	}

	public List<QrPoint> points(long mailboxId) {
		return this.jdbc.sql("select * from qr_point where mailbox_id = :m order by status, name")
			.param("m", mailboxId)
			.query(MailboxStore::point)
			.list();
	}

	public Optional<QrPoint> point(long id) {
		return pointWhere("id", id);
	}

	public Optional<QrPoint> pointByCode(String code) {
		return pointWhere("code", code);
	}

	/**
	 * The point whose {@code column} (a unique one, named in the code) holds the value.
	 */
	private Optional<QrPoint> pointWhere(String column, Object value) {
		return this.jdbc.sql("select * from qr_point where " + column + " = :value")
			.param("value", value)
			.query(MailboxStore::point)
			.optional();
	}

	long insertPoint(String code, long mailboxId, Long hamletId, String name) {
		return this.jdbc.sql("""
				insert into qr_point (code, mailbox_id, hamlet_id, name) values (:code, :m, :hamlet, :name)
				returning id
				""")
			.param("code", code)
			.param("m", mailboxId)
			.param("hamlet", hamletId)
			.param("name", name)
			.query(Long.class)
			.single();
	}

	void setPointStatus(long id, String status) {
		this.jdbc.sql("update qr_point set status = :status where id = :id")
			.param("id", id)
			.param("status", status)
			.update();
	}

	private static MailboxRow mailbox(ResultSet rs, int i) throws SQLException {
		return new MailboxRow(rs.getLong("id"), MailboxKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getLong("post_id"), rs.getInt("retention_days"), rs.getLong("new_reports"),
				rs.getString("questions"));
	}

	private static QrPoint point(ResultSet rs, int i) throws SQLException {
		long hamlet = rs.getLong("hamlet_id");
		return new QrPoint(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("mailbox_id"),
				rs.wasNull() ? null : hamlet, rs.getString("status"));
	}

	/** The mailbox a QR code leads to, without the figures the officers' pages show. */
	Optional<PublicTarget> publicTarget(String code) {
		return this.jdbc.sql("""
				select p.id, p.code, p.name, p.mailbox_id, p.hamlet_id, p.status,
				       m.kind, m.post_id, m.questions::text as questions
				from qr_point p join mailbox m on m.id = p.mailbox_id
				where p.code = :code
				""")
			.param("code", code)
			.query((rs, i) -> new PublicTarget(point(rs, i), MailboxKind.valueOf(rs.getString("kind")),
					rs.getLong("post_id"), rs.getString("questions")))
			.optional();
	}

	void setQuestions(long mailboxId, String json) {
		this.jdbc.sql("update mailbox set questions = cast(:json as jsonb) where id = :id")
			.param("id", mailboxId)
			.param("json", json)
			.update();
	}

	record PublicTarget(QrPoint point, MailboxKind kind, long postId, String questions) {

	}

	record MailboxRow(long id, MailboxKind kind, String name, long postId, int retentionDays, long newReports,
			String questions) {

	}

}
