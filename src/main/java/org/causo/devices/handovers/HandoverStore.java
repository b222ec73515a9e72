package org.causo.devices.handovers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.causo.devices.FollowUpDraft;
import org.causo.devices.FollowUpView;
import org.causo.devices.HandoverDraft;
import org.causo.devices.HandoverView;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class HandoverStore {

	private static final String COLUMNS = """
			select h.id, h.device_id, v.model, v.identifier, h.post_id, h.household_id, h.resident_id, h.hamlet_id,
			       h.commune_id, h.handed_on, h.note, h.recorded_by, h.recorded_at,
			       exists (select 1 from device_receipt r where r.handover_id = h.id) as has_receipt
			from device_handover h join device v on v.id = h.device_id
			""";

	private static final String VISIBLE = " (h.post_id = any(:posts) or h.unit_path like any(:scope)) ";

	private final JdbcClient jdbc;

	HandoverStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The event, wherever it is: only for comparing a replay. */
	public Optional<HandoverView> findAnywhere(UUID id) {
		return this.jdbc.sql(COLUMNS + " where h.id = :id").param("id", id).query(HandoverStore::row).optional();
	}

	public Optional<HandoverView> find(Scope scope, Long[] posts, UUID id) {
		return this.jdbc.sql(COLUMNS + " where h.id = :id and" + VISIBLE)
			.param("id", id)
			.param("posts", posts)
			.param("scope", scope.pathPatterns())
			.query(HandoverStore::row)
			.optional();
	}

	public List<HandoverView> ofDevice(long deviceId) {
		return this.jdbc.sql(COLUMNS + " where h.device_id = :device order by h.handed_on desc, h.recorded_at desc")
			.param("device", deviceId)
			.query(HandoverStore::row)
			.list();
	}

	public PageOf<HandoverView> search(Scope scope, Long[] posts, Long householdId, PageOf.Request page) {
		return visible(scope, posts).andIf(householdId, "h.household_id = :household", "household")
			.pageCounting(this.jdbc, "device_handover h", COLUMNS, "h.handed_on desc, h.recorded_at desc", page,
					HandoverStore::row);
	}

	/**
	 * The handovers a scope sees, on {@code device_handover h}: those of its posts, and
	 * those made in its units by another post.
	 */
	public static SqlFilter visible(Scope scope, Long[] posts) {
		return SqlFilter.all().param("posts", posts).and(VISIBLE, "scope", scope.pathPatterns());
	}

	/** Stores the event unless its id is known; whether it was new. */
	public boolean insertIfNew(HandoverDraft d, long postId, long hamletId, long communeId, String path, String note,
			Long officerId, String by) {
		return this.jdbc.sql("""
				insert into device_handover (id, device_id, post_id, household_id, resident_id, hamlet_id, commune_id,
				                             unit_path, handed_on, note, officer_id, recorded_by)
				values (:id, :device, :post, :household, :resident, :hamlet, :commune, :path, :on, :note, :officer, :by)
				on conflict (id) do nothing
				""")
			.param("id", d.id())
			.param("device", d.deviceId())
			.param("post", postId)
			.param("household", d.householdId())
			.param("resident", d.residentId())
			.param("hamlet", hamletId)
			.param("commune", communeId)
			.param("path", path)
			.param("on", d.handedOn())
			.param("note", note)
			.param("officer", officerId)
			.param("by", by)
			.update() == 1;
	}

	public void saveReceipt(UUID handoverId, String contentType, byte[] sealed, String by) {
		this.jdbc
			.sql("""
					insert into device_receipt (handover_id, content_type, sealed, uploaded_by) values (:id, :type, :sealed, :by)
					on conflict (handover_id) do update
					set content_type = excluded.content_type, sealed = excluded.sealed, uploaded_by = excluded.uploaded_by,
					    uploaded_at = now()
					""")
			.param("id", handoverId)
			.param("type", contentType)
			.param("sealed", sealed)
			.param("by", by)
			.update();
	}

	public Optional<Object[]> receipt(UUID handoverId) {
		return this.jdbc.sql("select content_type, sealed from device_receipt where handover_id = :id")
			.param("id", handoverId)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getBytes(2) })
			.optional();
	}

	public boolean insertFollowUpIfNew(UUID handoverId, FollowUpDraft d, String note, String by) {
		return this.jdbc.sql("""
				insert into device_followup (id, handover_id, visited_on, used, note, recorded_by)
				values (:id, :handover, :on, :used, :note, :by) on conflict (id) do nothing
				""")
			.param("id", d.id())
			.param("handover", handoverId)
			.param("on", d.visitedOn())
			.param("used", d.used())
			.param("note", note)
			.param("by", by)
			.update() == 1;
	}

	public Optional<FollowUpView> followUp(UUID id) {
		return this.jdbc
			.sql("select id, handover_id, visited_on, used, note, recorded_by from device_followup where id = :id")
			.param("id", id)
			.query(HandoverStore::followUpRow)
			.optional();
	}

	public List<FollowUpView> followUps(UUID handoverId) {
		return this.jdbc.sql("""
				select id, handover_id, visited_on, used, note, recorded_by from device_followup
				where handover_id = :id order by visited_on desc, recorded_at desc
				""").param("id", handoverId).query(HandoverStore::followUpRow).list();
	}

	private static FollowUpView followUpRow(ResultSet rs, int i) throws SQLException {
		return new FollowUpView(rs.getObject("id", UUID.class), rs.getObject("handover_id", UUID.class),
				rs.getObject("visited_on", LocalDate.class), rs.getBoolean("used"), rs.getString("note"),
				rs.getString("recorded_by"));
	}

	private static HandoverView row(ResultSet rs, int i) throws SQLException {
		return new HandoverView(rs.getObject("id", UUID.class), rs.getLong("device_id"), rs.getString("model"),
				rs.getString("identifier"), rs.getLong("post_id"), rs.getLong("household_id"),
				rs.getLong("resident_id"), rs.getLong("hamlet_id"), rs.getLong("commune_id"),
				rs.getObject("handed_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("has_receipt"));
	}

}
