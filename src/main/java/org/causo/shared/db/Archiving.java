package org.causo.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Archiving and restoring a row, the same in every table that archives rather than
 * deletes (org units, posts, households, residents): the flag, and the time of the
 * change.
 */
public final class Archiving {

	private Archiving() {
	}

	/**
	 * Archives or restores the row {@code id} of {@code table}, a table name written in
	 * the code.
	 */
	public static void set(JdbcClient jdbc, String table, long id, boolean archived) {
		jdbc.sql("update " + table + " set archived = :archived, updated_at = now() where id = :id")
			.param("id", id)
			.param("archived", archived)
			.update();
	}

}
