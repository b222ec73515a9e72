package org.causo.registry.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.causo.shared.PlainText;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The lines of an import file, as cells without control characters: a CSV separated by
 * commas or by semicolons (what spreadsheets save with Vietnamese settings), found from
 * the header line, or the first sheet of an XLSX workbook.
 */
abstract class ImportLines implements Closeable {

	/** An XLSX workbook is read in memory: larger ones are refused. */
	static final int MAX_XLSX_BYTES = 64 << 20;

	/** What an XLSX may inflate to; beyond, it is a zip bomb or far too big a sheet. */
	static final long MAX_XLSX_INFLATED = 1L << 30;

	/** Cells a line of an XLSX may have. */
	static final int MAX_XLSX_CELLS = 256;

	/** The header's cells. */
	abstract List<String> header();

	/** The next line's cells, or null at the end. */
	abstract String[] next() throws IOException;

	/** The number of the line last returned (the header is line 1). */
	abstract long number();

	/** Opens a file: an XLSX when it starts as a zip does, else a UTF-8 CSV. */
	static ImportLines open(InputStream in) throws IOException, Refused {
		return open(in, MAX_XLSX_INFLATED);
	}

	/** As {@link #open(InputStream)}, with another bound on what an XLSX inflates to. */
	static ImportLines open(InputStream in, long maxInflated) throws IOException, Refused {
		java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
		buffered.mark(4);
		byte[] start = buffered.readNBytes(4);
		buffered.reset();
		if (ReadableWorkbook.isOOXMLZipHeader(start)) {
			return new Xlsx(buffered, maxInflated);
		}
		return new Csv(buffered);
	}

	/** The separator of the header line: the most frequent of , ; and tab. */
	static char separator(String header) {
		long commas = header.chars().filter((c) -> c == ',').count();
		long semicolons = header.chars().filter((c) -> c == ';').count();
		long tabs = header.chars().filter((c) -> c == '\t').count();
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas) ? '\t' : ',';
	}

	/** A file refused before its lines are read, with the message key saying why. */
	static final class Refused extends Exception {

		final String messageKey;

		Refused(String messageKey) {
			this(messageKey, null);
		}

		Refused(String messageKey, Throwable cause) {
			super(messageKey, cause, false, false);
			this.messageKey = messageKey;
		}

	}

	private static final class Csv extends ImportLines {

		private final CSVParser csv;

		private final Iterator<CSVRecord> records;

		private final List<String> header;

		Csv(InputStream in) throws IOException {
			var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			reader.mark(1 << 16);
			String first = reader.readLine();
			reader.reset();
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(separator((first != null) ? first : ""))
				.setHeader()
				.setSkipHeaderRecord(true)
				.setAllowMissingColumnNames(true)
				.setAllowDuplicateHeaderNames(true)
				.setIgnoreEmptyLines(true)
				.get();
			this.csv = CSVParser.builder().setReader(reader).setFormat(format).get();
			this.header = this.csv.getHeaderNames().stream().map(PlainText::clean).toList();
			this.records = this.csv.iterator();
		}

		@Override
		List<String> header() {
			return this.header;
		}

		@Override
		String[] next() {
			if (!this.records.hasNext()) {
				return null;
			}
			String[] cells = this.records.next().values();
			for (int i = 0; i < cells.length; i++) {
				cells[i] = PlainText.clean(cells[i]);
			}
			return cells;
		}

		@Override
		long number() {
			return this.csv.getCurrentLineNumber();
		}

		@Override
		public void close() throws IOException {
			this.csv.close();
		}

	}

	private static final class Xlsx extends ImportLines {

		private final ReadableWorkbook workbook;

		private final java.util.stream.Stream<Row> stream;

		private final Iterator<Row> rows;

		private final List<String> header;

		private long number = 1;

		Xlsx(InputStream in, long maxInflated) throws IOException, Refused {
			byte[] bytes = in.readNBytes(MAX_XLSX_BYTES + 1);
			if (bytes.length > MAX_XLSX_BYTES) {
				throw new Refused("regimport.error.xlsxTooLarge");
			}
			inflatesWithinBounds(bytes, maxInflated);
			try {
				this.workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				this.stream = this.workbook.getFirstSheet().openStream();
			}
			catch (RuntimeException ex) {
				throw new Refused("regimport.error.unreadable", ex);
			}
			this.rows = this.stream.iterator();
			String[] first = this.rows.hasNext() ? cells(this.rows.next(), 0) : new String[0];
			List<String> names = new ArrayList<>(List.of(first));
			while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
				names.remove(names.size() - 1);
			}
			this.header = List.copyOf(names);
		}

		/**
		 * Inflates every entry, counting, before the workbook reader sees it (by the
		 * central directory, as the reader does: spreadsheets leave sizes out of local
		 * headers).
		 */
		private static void inflatesWithinBounds(byte[] bytes, long max) throws IOException, Refused {
			long total = 0;
			byte[] buffer = new byte[1 << 16];
			try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
				for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
					try (InputStream in = zip.getInputStream(e)) {
						for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
							total += n;
							if (total > max) {
								throw new Refused("regimport.error.xlsxBomb");
							}
						}
					}
				}
			}
			catch (java.util.zip.ZipException ex) {
				throw new Refused("regimport.error.unreadable", ex);
			}
		}

		private String[] cells(Row row, int width) throws Refused {
			if (row.getCellCount() > MAX_XLSX_CELLS) {
				throw new Refused("regimport.error.xlsxTooWide");
			}
			int last = row.getCellCount() - 1;
			while (last >= width && (row.getCell(last) == null || text(row.getCell(last)).isBlank())) {
				last--;
			}
			String[] cells = new String[Math.max(width, last + 1)];
			for (int i = 0; i < cells.length; i++) {
				Cell cell = (i < row.getCellCount()) ? row.getCell(i) : null;
				cells[i] = (cell != null) ? PlainText.clean(text(cell)) : "";
			}
			return cells;
		}

		private static String text(Cell cell) {
			String text = cell.getText();
			return (text != null) ? text : "";
		}

		@Override
		List<String> header() {
			return this.header;
		}

		@Override
		String[] next() throws IOException {
			while (this.rows.hasNext()) {
				Row row = this.rows.next();
				String[] cells;
				try {
					cells = cells(row, this.header.size());
				}
				catch (Refused ex) {
					throw new IOException(ex.messageKey);
				}
				if (java.util.Arrays.stream(cells).allMatch(String::isBlank)) {
					continue;
				}
				this.number = row.getRowNum();
				return cells;
			}
			return null;
		}

		@Override
		long number() {
			return this.number;
		}

		@Override
		public void close() throws IOException {
			this.stream.close();
			this.workbook.close();
		}

	}

}
