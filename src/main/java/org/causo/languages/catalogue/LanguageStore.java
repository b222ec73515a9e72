package org.causo.languages.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code added_language} table. */
@Component
public class LanguageStore {

	private final JdbcClient jdbc;

	LanguageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row of the table. */
	public record Row(String code, String nameNative, String nameVi, boolean enabled) {

	}

	public List<Row> list() {
		return this.jdbc.sql("select code, name_native, name_vi, enabled from added_language order by added_at, code")
			.query(Row.class)
			.list();
	}

	public Optional<Row> find(String code) {
		return this.jdbc
			.sql("select code, name_native, name_vi, enabled from added_language where lower(code) = lower(:code)")
			.param("code", code)
			.query(Row.class)
			.optional();
	}

	public void insert(Row row) {
		this.jdbc.sql("""
				insert into added_language (code, name_native, name_vi, enabled)
				values (:code, :nameNative, :nameVi, :enabled)
				""").paramSource(row).update();
	}

	public void update(Row row) {
		this.jdbc.sql("""
				update added_language set name_native = :nameNative, name_vi = :nameVi, enabled = :enabled
				where code = :code
				""").paramSource(row).update();
	}

}
