package org.causo.registry.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's COPY (text format), written in chunks of about a megabyte on the
 * connection of the current transaction.
 */
public final class CopyWriter implements AutoCloseable {

	private static final int FLUSH_CHARS = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 8192);

	private long rows;

	public CopyWriter(DataSource dataSource, String sql) {
		try {
			Connection connection = DataSourceUtils.getConnection(dataSource);
			this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY failed to start", ex);
		}
	}

	/** One row; null is written as SQL NULL, other values by their text. */
	public void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			ImportRow.copy(this.buffer, values[i]);
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() > FLUSH_CHARS) {
			flush();
		}
	}

	/**
	 * Where a caller that writes COPY text itself (the import's parser) appends its
	 * lines; {@link #send(boolean)} sends them.
	 */
	StringBuilder text() {
		return this.buffer;
	}

	/** Sends the text once about a megabyte is there, or at once when {@code now}. */
	void send(boolean now) {
		if (now || this.buffer.length() > FLUSH_CHARS) {
			flush();
		}
	}

	private void flush() {
		if (!this.buffer.isEmpty()) {
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			try {
				this.copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY failed", ex);
			}
			this.buffer.setLength(0);
		}
	}

	/** Sends the last rows and ends the COPY; returns the rows written. */
	public long end() {
		flush();
		try {
			this.copy.endCopy();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY failed", ex);
		}
		return this.rows;
	}

	@Override
	public void close() {
		try {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY failed to cancel", ex);
		}
	}

}
