package org.causo.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.causo.shared.Actor;
import org.causo.shared.CurrentActor;
import org.causo.shared.LocalTimes;
import org.causo.shared.PageOf;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit log. Other modules call it inside their own transaction, so a
 * change and its record commit together. It records officers only: never a reporter.
 */
@Service
public class AuditTrail {

	private static final int MAX_DETAILS = 2000;

	private final JdbcClient jdbc;

	private final LocalTimes times;

	AuditTrail(JdbcClient jdbc, LocalTimes times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	/** Records an action by the officer of the current request. */
	public void record(String action, String targetType, Object targetId, String details) {
		Actor actor = CurrentActor.get().orElse(null);
		recordFor(actor != null ? actor.officerId() : null, actor != null ? actor.username() : "system", action,
				targetType, targetId, details);
	}

	/**
	 * Records an action for a named actor, for example a login before the session exists.
	 */
	public void recordFor(Long actorId, String actorName, String action, String targetType, Object targetId,
			String details) {
		this.jdbc.sql("""
				insert into audit_event (actor_id, actor, action, target_type, target_id, details)
				values (:actorId, :actor, :action, :targetType, :targetId, :details)
				""")
			.param("actorId", actorId)
			.param("actor", truncate(actorName, 80))
			.param("action", action)
			.param("targetType", targetType)
			.param("targetId", (targetId != null) ? targetId.toString() : null)
			.param("details", truncate(details, MAX_DETAILS))
			.update();
	}

	public PageOf<AuditEntry> search(AuditQuery query, PageOf.Request page) {
		SqlFilter filter = SqlFilter.all()
			.andIf(stripped(query.actor(), true), "actor = :actor", "actor")
			.andIf(stripped(query.action(), false), "action = :action", "action")
			.andIf((query.from() != null) ? Timestamp.from(this.times.startOf(query.from())) : null,
					"occurred_at >= :from", "from")
			.andIf((query.to() != null) ? Timestamp.from(this.times.startOf(query.to().plusDays(1))) : null,
					"occurred_at < :to", "to");
		return filter.page(this.jdbc, "id, occurred_at, actor, action, target_type, target_id, details", "audit_event",
				"occurred_at desc, id desc", page,
				(rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
						rs.getString("target_id"), rs.getString("details")));
	}

	public List<String> actions() {
		return this.jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
	}

	private static String stripped(String text, boolean lowerCase) {
		if (text == null) {
			return null;
		}
		return lowerCase ? text.strip().toLowerCase(Locale.ROOT) : text.strip();
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * Filter for the audit page; every part optional.
	 *
	 * @param actor username
	 * @param action action name
	 * @param from first day (officers' local time)
	 * @param to last day (officers' local time), inclusive
	 */
	public record AuditQuery(String actor, String action, LocalDate from, LocalDate to) {

	}

	/**
	 * One recorded action.
	 *
	 * @param id id
	 * @param occurredAt when
	 * @param actor username of the officer
	 * @param action what was done
	 * @param targetType the kind of thing it was done to
	 * @param targetId its id
	 * @param details a short description
	 */
	public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType,
			String targetId, String details) {

	}

}
