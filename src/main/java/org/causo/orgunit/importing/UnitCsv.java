package org.causo.orgunit.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.causo.orgunit.UnitImport;
import org.causo.orgunit.UnitImport.LineError;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * Reads a units CSV line by line and checks each line against the database and the lines
 * before it: a line names its parent by kind and code, and may name one made earlier in
 * the same file.
 */
@Component
public class UnitCsv {

	private final UnitLines lines;

	UnitCsv(UnitLines lines) {
		this.lines = lines;
	}

	/** Every line read, and the problems found; an unreadable file is one problem. */
	public Read read(Scope scope, InputStream input) {
		List<ImportedUnit> rows = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		try {
			parse(scope, input, rows, errors);
		}
		catch (UncheckedIOException ex) {
			String key = (ex.getCause() instanceof CharacterCodingException) ? "import.error.encoding"
					: "import.error.unreadable";
			return new Read(rows, List.of(new LineError(0, null, key)));
		}
		return new Read(rows, errors);
	}

	private void parse(Scope scope, InputStream input, List<ImportedUnit> rows, List<LineError> errors) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			// a missing header is reported as such below, not as a malformed line
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, decoder));
				CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
			List<String> header = parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
			if (!header.containsAll(UnitImport.COLUMNS)) {
				errors.add(new LineError(1, null, "import.error.header", String.join(",", UnitImport.COLUMNS)));
				return;
			}
			Map<String, UnitKind> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				ImportedUnit row = this.lines.check(scope, record, line, seen, errors);
				if (row != null) {
					rows.add(row);
					if (row.code() != null) {
						seen.put(UnitLines.codeKey(row.kind(), row.code(), row.parentKey()), row.kind());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			errors.add(new LineError(parserLine(ex), null, "import.error.malformed"));
		}
	}

	private static Reader skipBom(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	private static long parserLine(RuntimeException ex) {
		Matcher m = Pattern.compile("line (\\d+)").matcher(String.valueOf(ex.getMessage()));
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	/**
	 * A line that passed its checks.
	 *
	 * @param kind the unit's kind
	 * @param code its code, or null
	 * @param name its name
	 * @param parentId its parent in the database, or null
	 * @param parentKey its parent in the file ({@code KIND:code}), or null
	 */
	public record ImportedUnit(UnitKind kind, String code, String name, Long parentId, String parentKey) {

	}

	/**
	 * What was read.
	 *
	 * @param units the lines that passed
	 * @param errors the problems of the others
	 */
	public record Read(List<ImportedUnit> units, List<LineError> errors) {

	}

}
