package org.causo.library.conduct;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officers' marks "I have read this version". */
@Component
public class ReadMarks {

	private final JdbcClient jdbc;

	ReadMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the version read; true when the mark is new, false when it was there. */
	public boolean mark(long versionId, long officerId) {
		return this.jdbc.sql("""
				insert into conduct_read_mark (version_id, officer_id) values (:version, :officer)
				on conflict do nothing
				""").param("version", versionId).param("officer", officerId).update() > 0;
	}

	public boolean has(long versionId, long officerId) {
		return this.jdbc.sql(
				"select exists (select 1 from conduct_read_mark where version_id = :version and officer_id = :officer)")
			.param("version", versionId)
			.param("officer", officerId)
			.query(Boolean.class)
			.single();
	}

	/** Which of these officers have marked the version read. */
	public Set<Long> readers(long versionId, Collection<Long> officerIds) {
		if (officerIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select officer_id from conduct_read_mark where version_id = :version and officer_id in (:ids)")
			.param("version", versionId)
			.param("ids", officerIds)
			.query(Long.class)
			.list());
	}

}
