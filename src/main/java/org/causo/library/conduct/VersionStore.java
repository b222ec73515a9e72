package org.causo.library.conduct;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.causo.library.ConductPreview;
import org.causo.library.ConductSection;
import org.causo.library.ConductVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The versions of the code of conduct and their sections. */
@Component
public class VersionStore {

	private final JdbcClient jdbc;

	VersionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves the text as the next version and returns its number. Versions are numbered
	 * under a lock, so that two administrators saving at once get 2 and 3, not 2 twice.
	 */
	public int insert(ConductPreview text, String actor) {
		this.jdbc.sql("lock table conduct_version in share row exclusive mode").update();
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from conduct_version")
			.query(Integer.class)
			.single();
		long id = this.jdbc.sql("""
				insert into conduct_version (number, title, preamble, published_by)
				values (:number, :title, :preamble, :actor) returning id
				""")
			.param("number", number)
			.param("title", text.title())
			.param("preamble", text.preamble())
			.param("actor", actor)
			.query(Long.class)
			.single();
		for (ConductSection s : text.sections()) {
			this.jdbc.sql("""
					insert into conduct_section (version_id, position, number, heading, body)
					values (:id, :position, :number, :heading, :body)
					""")
				.param("id", id)
				.param("position", s.position())
				.param("number", s.number())
				.param("heading", s.heading())
				.param("body", s.body())
				.update();
		}
		return number;
	}

	/** The number of the current version, if one is published. */
	public Optional<Integer> currentNumber() {
		return this.jdbc.sql("select max(number) from conduct_version").query(Integer.class).optional();
	}

	/** The id of the current version, if one is published. */
	public Optional<Long> currentId() {
		return this.jdbc.sql("select id from conduct_version order by number desc limit 1")
			.query(Long.class)
			.optional();
	}

	public Optional<ConductVersion> find(int number) {
		Optional<Integer> current = currentNumber();
		return this.jdbc.sql("select id, number, title, preamble, published_at from conduct_version where number = :n")
			.param("n", number)
			.query((rs, i) -> new ConductVersion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), current.map((c) -> c == number).orElse(false),
					sections(rs.getLong(1))))
			.optional();
	}

	/** Every version, newest first. */
	public List<ConductVersion.Summary> summaries() {
		return this.jdbc.sql("select number, title, published_at from conduct_version order by number desc")
			.query((rs, i) -> new ConductVersion.Summary(rs.getInt(1), rs.getString(2),
					rs.getObject(3, Timestamp.class).toInstant()))
			.list();
	}

	private List<ConductSection> sections(long versionId) {
		return this.jdbc
			.sql("select position, number, heading, body from conduct_section where version_id = :id order by position")
			.param("id", versionId)
			.query((rs, i) -> new ConductSection(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

}
