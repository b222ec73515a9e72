package org.causo.shared.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Where exported rows go, one at a time: a CSV or an XLSX file. In XLSX, numbers are
 * number cells and days ({@link LocalDate}) and times ({@link LocalDateTime}) date cells;
 * in CSV, days are ISO text (2026-11-23). An {@link Instant} is written as the officers'
 * local time (the zone given), never UTC.
 */
public interface ExportSink {

	void row(Object... cells) throws IOException;

	/** Ends the file (the output stream stays open). */
	void finish() throws IOException;

	/** A sink that writes the header first (as the bold first row of a sheet in XLSX). */
	static ExportSink of(ExportFormat format, OutputStream out, String sheet, List<String> header, ZoneId zone)
			throws IOException {
		ExportSink sink = (format == ExportFormat.XLSX) ? new Xlsx(out, sheet, header, zone) : new Csv(out, zone);
		if (format == ExportFormat.CSV) {
			sink.row(header.toArray());
		}
		return sink;
	}

	/**
	 * RFC 4180 with CRLF, a byte-order mark, and no cell that a spreadsheet runs as a
	 * formula.
	 */
	final class Csv implements ExportSink {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		private final Writer out;

		private final ZoneId zone;

		Csv(OutputStream out, ZoneId zone) throws IOException {
			this.zone = zone;
			this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			this.out.write('\uFEFF');
		}

		@Override
		public void row(Object... cells) throws IOException {
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					this.out.write(',');
				}
				Object cell = cells[i];
				if (cell instanceof Instant instant) {
					cell = TIME.format(instant.atZone(this.zone));
				}
				if (cell != null) {
					String text = cell.toString();
					if (cell instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
						text = "'" + text;
					}
					if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
							|| text.indexOf('\r') >= 0) {
						text = '"' + text.replace("\"", "\"\"") + '"';
					}
					this.out.write(text);
				}
			}
			this.out.write("\r\n");
		}

		@Override
		public void finish() throws IOException {
			this.out.flush();
		}

	}

	/**
	 * FastExcel, flushed every thousand rows so that a sheet never sits in memory; a new
	 * sheet after a million rows (a sheet holds 1,048,576).
	 */
	final class Xlsx implements ExportSink {

		static final int ROWS_PER_SHEET = 1_000_000;

		/** Days and times are real date cells, shown the same way in every language. */
		static final String DATE = "yyyy-mm-dd";

		static final String DATE_TIME = "yyyy-mm-dd hh:mm";

		private final Workbook workbook;

		private final String name;

		private final List<String> header;

		private Worksheet sheet;

		private int sheets;

		private int row;

		private final ZoneId zone;

		Xlsx(OutputStream out, String name, List<String> header, ZoneId zone) throws IOException {
			this.zone = zone;
			this.workbook = new Workbook(out, "Cau So", "1.0");
			this.name = name;
			this.header = header;
			newSheet();
		}

		private void newSheet() throws IOException {
			if (this.sheet != null) {
				this.sheet.finish();
			}
			this.sheets++;
			this.sheet = this.workbook.newWorksheet((this.sheets == 1) ? this.name : this.name + " " + this.sheets);
			for (int c = 0; c < this.header.size(); c++) {
				this.sheet.value(0, c, this.header.get(c));
			}
			this.sheet.range(0, 0, 0, this.header.size() - 1).style().bold().set();
			this.row = 1;
		}

		@Override
		public void row(Object... cells) throws IOException {
			if (this.row > ROWS_PER_SHEET) {
				newSheet();
			}
			for (int c = 0; c < cells.length; c++) {
				Object cell = (cells[c] instanceof Instant instant) ? LocalDateTime.ofInstant(instant, this.zone)
						: cells[c];
				if (cell instanceof Number n) {
					this.sheet.value(this.row, c, n);
				}
				else if (cell instanceof LocalDate || cell instanceof java.sql.Date) {
					LocalDate day = (cell instanceof java.sql.Date d) ? d.toLocalDate() : (LocalDate) cell;
					this.sheet.value(this.row, c, day);
					this.sheet.style(this.row, c).format(DATE).set();
				}
				else if (cell instanceof LocalDateTime time) {
					this.sheet.value(this.row, c, time);
					this.sheet.style(this.row, c).format(DATE_TIME).set();
				}
				else if (cell != null) {
					this.sheet.value(this.row, c, cell.toString());
				}
			}
			if (++this.row % 1000 == 0) {
				this.sheet.flush();
			}
		}

		@Override
		public void finish() throws IOException {
			this.workbook.finish();
		}

	}

}
