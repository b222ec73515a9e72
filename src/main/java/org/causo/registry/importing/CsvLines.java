package org.causo.registry.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.causo.shared.PlainText;

/** A CSV file in UTF-8 (a BOM is skipped), its separator guessed from the header. */
final class CsvLines extends ImportLines {

	private final CSVParser csv;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	CsvLines(InputStream in) throws IOException {
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
