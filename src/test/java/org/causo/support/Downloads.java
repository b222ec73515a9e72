package org.causo.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads downloaded lists: CSV with its byte-order mark, XLSX through FastExcel's reader.
 */
public final class Downloads {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	/** A GET with a personal token, the Accept header and the language given. */
	public static HttpResponse<byte[]> api(String base, String token, String path, String accept, String language) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base + path))
					.header("Authorization", "Bearer " + token)
					.header("Accept", accept)
					.header("Accept-Language", language)
					.GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The rows of a CSV download, header first; fails unless it starts with a BOM. */
	public static List<CSVRecord> csv(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try {
			return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The cells of the first sheet of an XLSX download, as text, header first; date cells
	 * as ISO days ("2026-11-23") or times ("2026-11-23T08:00"), and only if they carry a
	 * date format.
	 */
	public static List<List<String>> xlsx(byte[] bytes) {
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes),
				new ReadingOptions(true, false))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : book.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					Cell cell = row.getCell(c);
					if (isDate(cell)) {
						LocalDateTime time = cell.asDate();
						cells.add(cell.getDataFormatString().contains("hh") ? time.toString()
								: time.toLocalDate().toString());
					}
					else {
						cells.add(row.getCellText(c));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A number cell with a date format. */
	private static boolean isDate(Cell cell) {
		return cell != null && cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null
				&& cell.getDataFormatString().contains("yy");
	}

	/**
	 * "DATE" for a number cell with a date format, else the cell's type (STRING,
	 * NUMBER…).
	 */
	public static String xlsxKind(byte[] bytes, int row, int column) {
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes),
				new ReadingOptions(true, false))) {
			Cell cell = book.getFirstSheet().read().get(row).getCell(column);
			return isDate(cell) ? "DATE" : cell.getType().name();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
