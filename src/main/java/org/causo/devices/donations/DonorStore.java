package org.causo.devices.donations;

import java.util.List;
import java.util.Optional;

import org.causo.devices.DonorKind;
import org.causo.devices.DonorView;
import org.causo.shared.SearchKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class DonorStore {

	private static final String COLUMNS = "select id, name, kind, contact, demo from device_donor";

	private final JdbcClient jdbc;

	DonorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DonorView> list() {
		return this.jdbc.sql(COLUMNS + " order by name_key, id").query(DonorStore::row).list();
	}

	public Optional<DonorView> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(DonorStore::row).optional();
	}

	public boolean nameTaken(String name) {
		return this.jdbc.sql("select exists (select 1 from device_donor where name_key = :key)")
			.param("key", SearchKey.of(name))
			.query(Boolean.class)
			.single();
	}

	public long insert(String name, DonorKind kind, String contact, boolean demo) {
		return this.jdbc.sql("""
				insert into device_donor (name, name_key, kind, contact, demo)
				values (:name, :key, :kind, :contact, :demo) returning id
				""")
			.param("name", name)
			.param("key", SearchKey.of(name))
			.param("kind", kind.name())
			.param("contact", contact)
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from device_donor").query(Long.class).single();
	}

	private static DonorView row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new DonorView(rs.getLong("id"), rs.getString("name"), DonorKind.valueOf(rs.getString("kind")),
				rs.getString("contact"), rs.getBoolean("demo"));
	}

}
