package org.causo.registry.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.causo.shared.PlainText;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, read in memory within the bounds of ImportLines.
 */
final class XlsxLines extends ImportLines {

	private final ReadableWorkbook workbook;

	private final java.util.stream.Stream<Row> stream;

	private final Iterator<Row> rows;

	private final List<String> header;

	private long number = 1;

	XlsxLines(InputStream in, long maxInflated) throws IOException, Refused {
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
	 * Inflates every entry, counting, before the workbook reader sees it (by the central
	 * directory, as the reader does: spreadsheets leave sizes out of local headers).
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
