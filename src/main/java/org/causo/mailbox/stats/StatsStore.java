package org.causo.mailbox.stats;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.causo.mailbox.Figures;
import org.causo.mailbox.MailboxKind;
import org.causo.mailbox.SeizureUnit;
import org.causo.mailbox.StatsQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counting SQL for the figures; it reads metadata only, never report content. */
@Component
public class StatsStore {

	private static final Map<StatsQuery.Dimension, String[]> KEYS = Map.of(StatsQuery.Dimension.POST,
			new String[] { "m.post_id::text", "''", "m.post_id::text", "''" }, StatsQuery.Dimension.MAILBOX,
			new String[] { "m.id::text", "m.name", "m.id::text", "m.name" }, StatsQuery.Dimension.POINT,
			new String[] { "q.id::text", "q.name", "q.id::text", "q.name" }, StatsQuery.Dimension.CATEGORY,
			new String[] { "r.category", "r.category", "r.category", "r.category" }, StatsQuery.Dimension.MONTH,
			new String[] { "to_char(r.received_hour at time zone :zone, 'YYYY-MM')", "''",
					"to_char(c.opened_at at time zone :zone, 'YYYY-MM')", "''" });

	private static final String REPORTS = " from report r join mailbox m on m.id = r.mailbox_id"
			+ " join qr_point q on q.id = r.qr_point_id";

	private static final String CASES = " from mailbox_case c join report r on r.id = c.first_report_id"
			+ " join mailbox m on m.id = r.mailbox_id join qr_point q on q.id = r.qr_point_id";

	private static final String WHERE = " where m.post_id = any(:posts) and m.kind = :kind";

	private final JdbcClient jdbc;

	StatsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Figures.Group> reports(StatsQuery.Dimension by, Range range) {
		String[] key = KEYS.get(by);
		return range
			.bind(this.jdbc.sql("select " + key[0] + " as k, " + key[1] + " as label, count(*) as received,"
					+ " count(*) filter (where r.was_valuable) as valuable" + REPORTS + WHERE
					+ " and r.received_hour >= :from and r.received_hour < :to group by 1, 2"))
			.query((rs, i) -> new Figures.Group(rs.getString("k"), rs.getString("label"), rs.getLong("received"),
					rs.getLong("valuable"), 0, 0, 0))
			.list();
	}

	public List<Figures.Group> cases(StatsQuery.Dimension by, Range range) {
		String[] key = KEYS.get(by);
		return range.bind(this.jdbc.sql("select " + key[2] + " as k, " + key[3] + " as label,"
				+ " count(*) filter (where c.kind = 'MAJOR') as major, count(*) filter (where c.kind = 'OTHER') as other,"
				+ " coalesce(sum(c.arrests), 0) as arrests" + CASES + WHERE
				+ " and c.opened_at >= :from and c.opened_at < :to group by 1, 2"))
			.query((rs, i) -> new Figures.Group(rs.getString("k"), rs.getString("label"), 0, 0, rs.getLong("major"),
					rs.getLong("other"), rs.getLong("arrests")))
			.list();
	}

	public List<Figures.SeizureTotal> seizures(Range range) {
		return range
			.bind(this.jdbc.sql("select min(s.kind) as kind, s.unit, sum(s.quantity) as quantity"
					+ " from mailbox_case_seizure s join mailbox_case c on c.id = s.case_id"
					+ " join report r on r.id = c.first_report_id" + " join mailbox m on m.id = r.mailbox_id" + WHERE
					+ " and c.opened_at >= :from and c.opened_at < :to group by lower(s.kind), s.unit order by 1, 2"))
			.query((rs, i) -> new Figures.SeizureTotal(rs.getString("kind"), SeizureUnit.valueOf(rs.getString("unit")),
					rs.getBigDecimal("quantity")))
			.list();
	}

	/**
	 * Posts, kind and time range of a query.
	 *
	 * @param postIds posts
	 * @param kind mailbox kind
	 * @param from start, inclusive
	 * @param to end, exclusive
	 * @param zone the officers' time zone, in which months are counted
	 */
	public record Range(List<Long> postIds, MailboxKind kind, Instant from, Instant to, String zone) {

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.param("posts", this.postIds.toArray(Long[]::new))
				.param("kind", this.kind.name())
				.param("from", Timestamp.from(this.from))
				.param("to", Timestamp.from(this.to))
				.param("zone", this.zone);
		}

	}

}
