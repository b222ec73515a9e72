package org.causo.registry.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

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
			return new XlsxLines(buffered, maxInflated);
		}
		return new CsvLines(buffered);
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

}
