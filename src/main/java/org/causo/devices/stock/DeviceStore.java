package org.causo.devices.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.causo.devices.DeviceCondition;
import org.causo.devices.DeviceStatus;
import org.causo.devices.DeviceView;
import org.causo.devices.DonationView;
import org.causo.devices.IdentifierKind;
import org.causo.shared.PageOf;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class DeviceStore {

	private static final String COLUMNS = """
			select id, donation_id, post_id, model, identifier_kind, identifier, condition, status, status_note
			from device
			""";

	private final JdbcClient jdbc;

	DeviceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<DeviceView> search(Long[] posts, DeviceStatus status, Long donationId, String text,
			PageOf.Request page) {
		SqlFilter where = filter(posts, status, donationId, text);
		long total = where.query(this.jdbc, "select count(*) from device", null).query(Long.class).single();
		List<DeviceView> rows = where.query(this.jdbc, COLUMNS, "order by id desc limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(DeviceStore::row)
			.list();
		return new PageOf<>(rows, page.page(), page.size(), total);
	}

	/**
	 * The conditions of the device list, on the {@code device} table's columns (also for
	 * the export, which qualifies nothing).
	 */
	public static SqlFilter filter(Long[] posts, DeviceStatus status, Long donationId, String text) {
		String pattern = (text == null || text.isBlank()) ? null
				: "%" + text.strip().toUpperCase(Locale.ROOT).replace("%", "") + "%";
		return SqlFilter.all()
			.and("post_id = any(:posts)", "posts", posts)
			.andIf((status != null) ? status.name() : null, "status = :status", "status")
			.andIf(donationId, "donation_id = :donation", "donation")
			.andIf(pattern, "identifier like :text or upper(model) like :text", "text");
	}

	public Optional<DeviceView> find(Long[] posts, long id) {
		return one(posts, id, "");
	}

	/** The phone, its row locked until the transaction ends. */
	public Optional<DeviceView> lock(Long[] posts, long id) {
		return one(posts, id, " for update");
	}

	private Optional<DeviceView> one(Long[] posts, long id, String lock) {
		return this.jdbc.sql(COLUMNS + " where id = :id and post_id = any(:posts)" + lock)
			.param("id", id)
			.param("posts", posts)
			.query(DeviceStore::row)
			.optional();
	}

	public boolean identifierTaken(String identifier) {
		return this.jdbc.sql("select exists (select 1 from device where identifier = :identifier)")
			.param("identifier", identifier)
			.query(Boolean.class)
			.single();
	}

	public long insert(DonationView donation, String model, IdentifierKind kind, String identifier,
			DeviceCondition condition, boolean demo) {
		return this.jdbc.sql("""
				insert into device (donation_id, post_id, model, identifier_kind, identifier, condition, demo)
				values (:donation, :post, :model, :kind, :identifier, :condition, :demo) returning id
				""")
			.param("donation", donation.id())
			.param("post", donation.postId())
			.param("model", model)
			.param("kind", kind.name())
			.param("identifier", identifier)
			.param("condition", condition.name())
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	public void setStatus(long id, DeviceStatus status, String note) {
		this.jdbc.sql("update device set status = :status, status_note = :note, updated_at = now() where id = :id")
			.param("status", status.name())
			.param("note", note)
			.param("id", id)
			.update();
	}

	private static DeviceView row(ResultSet rs, int i) throws SQLException {
		return new DeviceView(rs.getLong("id"), rs.getLong("donation_id"), rs.getLong("post_id"), rs.getString("model"),
				IdentifierKind.valueOf(rs.getString("identifier_kind")), rs.getString("identifier"),
				DeviceCondition.valueOf(rs.getString("condition")), DeviceStatus.valueOf(rs.getString("status")),
				rs.getString("status_note"));
	}

}
