package org.causo.devices.donations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.causo.devices.DonationDraft;
import org.causo.devices.DonationView;
import org.causo.shared.PageOf;
import org.causo.shared.db.SqlFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class DonationStore {

	private static final String COLUMNS = """
			select d.id, d.post_id, d.donor_id, dn.name as donor_name, d.donated_on, d.device_count, d.model,
			       d.value_vnd, d.note, (select count(*) from device v where v.donation_id = d.id) as registered
			from device_donation d join device_donor dn on dn.id = d.donor_id
			""";

	private final JdbcClient jdbc;

	DonationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageOf<DonationView> search(Long[] posts, PageOf.Request page) {
		return SqlFilter.all()
			.and("d.post_id = any(:posts)", "posts", posts)
			.pageCounting(this.jdbc, "device_donation d", COLUMNS, "d.donated_on desc, d.id desc", page,
					DonationStore::row);
	}

	public Optional<DonationView> find(Long[] posts, long id) {
		return this.jdbc.sql(COLUMNS + " where d.id = :id and d.post_id = any(:posts)")
			.param("id", id)
			.param("posts", posts)
			.query(DonationStore::row)
			.optional();
	}

	/**
	 * Locks the donation's row, so that two officers cannot both register its last phone.
	 */
	public void lock(long id) {
		this.jdbc.sql("select id from device_donation where id = :id for update")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	public long insert(DonationDraft d, String model, String note, String by, boolean demo) {
		return this.jdbc.sql("""
				insert into device_donation (post_id, donor_id, donated_on, device_count, model, value_vnd, note,
				                             demo, created_by)
				values (:post, :donor, :on, :count, :model, :value, :note, :demo, :by) returning id
				""")
			.param("post", d.postId())
			.param("donor", d.donorId())
			.param("on", d.donatedOn())
			.param("count", d.deviceCount())
			.param("model", model)
			.param("value", d.valueVnd())
			.param("note", note)
			.param("demo", demo)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	private static DonationView row(ResultSet rs, int i) throws SQLException {
		return new DonationView(rs.getLong("id"), rs.getLong("post_id"), null, rs.getLong("donor_id"),
				rs.getString("donor_name"), rs.getObject("donated_on", java.time.LocalDate.class),
				rs.getInt("device_count"), rs.getString("model"), rs.getLong("value_vnd"), rs.getString("note"),
				rs.getInt("registered"));
	}

}
