package org.causo.shared.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.causo.shared.LocalTimes;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a list as CSV or XLSX, row by row, inside a read-only transaction so that
 * PostgreSQL hands a query's rows over through a cursor (a million rows never sit in
 * memory). Headers and the sheet's name come from the message bundles. The caller audits
 * what was written, also when the download breaks off.
 */
@Service
public class ListExports {

	private static final int FETCH_SIZE = 1000;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	private final LocalTimes times;

	ListExports(MessageSource messages, TransactionTemplate tx, LocalTimes times) {
		this.messages = messages;
		this.tx = tx;
		this.times = times;
	}

	public ExportLabels labels(Locale locale) {
		return new ExportLabels(this.messages, locale);
	}

	/**
	 * Writes the rows and returns how many; {@code audit} gets what to record ("CSV,
	 * rows: 12", " (broken off)" when it failed), outside the export's transaction.
	 */
	public long write(Download download, Locale locale, String titleKey, List<String> headerKeys, Rows rows,
			Consumer<String> audit) {
		long[] count = { 0 };
		RuntimeException failure = null;
		try {
			this.tx.executeWithoutResult((status) -> {
				status.setRollbackOnly();
				try {
					ExportSink sink = ExportSink.of(download.format(), download.target().open(),
							sheetName(this.messages.getMessage(titleKey, null, locale)),
							headerKeys.stream().map((k) -> this.messages.getMessage(k, null, locale)).toList(),
							this.times.zone());
					rows.feed((cells) -> {
						try {
							sink.row(cells);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						count[0]++;
					});
					sink.finish();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		audit.accept(download.format() + ", rows: " + count[0] + ((failure != null) ? " (broken off)" : ""));
		if (failure != null) {
			throw failure;
		}
		return count[0];
	}

	/** The rows of a query, read through a cursor. */
	public static Rows query(JdbcClient.StatementSpec query, Cells cells) {
		return (sink) -> query.withFetchSize(FETCH_SIZE).query((ResultSet rs) -> sink.row(cells.of(rs)));
	}

	/** The rows of a list already in memory (a team, a class: a few hundred at most). */
	public static <T> Rows of(Iterable<T> items, java.util.function.Function<T, Object[]> cells) {
		return (sink) -> items.forEach((item) -> sink.row(cells.apply(item)));
	}

	/** A sheet's name: at most 31 characters, none of []:*?/\. */
	static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return name.isEmpty() ? "Sheet" : (name.length() > 31) ? name.substring(0, 31).strip() : name;
	}

	/** Writes the rows of a list into the sink. */
	@FunctionalInterface
	public interface Rows {

		void feed(Sink sink) throws SQLException;

	}

	/** Takes one row's cells. */
	@FunctionalInterface
	public interface Sink {

		void row(Object... cells);

	}

	/** The cells of the current row of a result set. */
	@FunctionalInterface
	public interface Cells {

		Object[] of(ResultSet rs) throws SQLException;

	}

}
