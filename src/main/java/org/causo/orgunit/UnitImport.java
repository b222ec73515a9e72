package org.causo.orgunit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.causo.audit.AuditTrail;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units from a UTF-8 CSV with the columns {@code kind,code,name,parent_code}. A
 * row's parent is a unit already in the database or an earlier row of the same file.
 * Every row is checked first; the file is saved only when no row has an error, all or
 * nothing.
 */
@Service
public class UnitImport {

	public static final List<String> COLUMNS = List.of("kind", "code", "name", "parent_code");

	private final UnitStore units;

	private final AuditTrail audit;

	UnitImport(UnitStore units, AuditTrail audit) {
		this.units = units;
		this.audit = audit;
	}

	@Transactional
	public ImportReport run(Scope scope, InputStream input, boolean dryRun) {
		List<Row> rows = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		try {
			parse(scope, input, rows, errors);
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				return new ImportReport(rows.size(), 0, false,
						List.of(new LineError(0, null, "import.error.encoding")));
			}
			return new ImportReport(rows.size(), 0, false, List.of(new LineError(0, null, "import.error.unreadable")));
		}
		if (!errors.isEmpty() || dryRun) {
			return new ImportReport(rows.size(), 0, false, errors);
		}
		Map<String, Long> created = new HashMap<>();
		for (Row row : rows) {
			Long parentId = (row.parentId() != null) ? row.parentId() : created.get(row.parentKey());
			long id = this.units.insert(row.kind(), row.code(), row.name(), parentId, false);
			if (row.code() != null) {
				created.put(row.kind() + ":" + row.code(), id);
			}
		}
		this.audit.record("UNITS_IMPORTED", "org_unit", null, "rows=" + rows.size());
		return new ImportReport(rows.size(), rows.size(), true, List.of());
	}

	private void parse(Scope scope, InputStream input, List<Row> rows, List<LineError> errors) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			// a missing header is reported as such below, not as a malformed line
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
			.get();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, decoder));
				CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
			List<String> header = parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
			if (!header.containsAll(COLUMNS)) {
				errors.add(new LineError(1, null, "import.error.header", String.join(",", COLUMNS)));
				return;
			}
			Map<String, UnitKind> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				Row row = check(scope, record, line, seen, errors);
				if (row != null) {
					rows.add(row);
					if (row.code() != null) {
						seen.put(codeKey(row.kind(), row.code(), row.parentKey()), row.kind());
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

	private Row check(Scope scope, CSVRecord record, long line, Map<String, UnitKind> seen, List<LineError> errors) {
		int before = errors.size();
		UnitKind kind = kindOf(get(record, "kind"));
		String code = OrgUnits.blankToNull(get(record, "code"));
		String name = SearchKey.clean(get(record, "name"));
		String parentCode = OrgUnits.blankToNull(get(record, "parent_code"));
		if (kind == null) {
			errors.add(new LineError(line, "kind", "import.error.kind", get(record, "kind")));
		}
		if (name == null || name.isEmpty()) {
			errors.add(new LineError(line, "name", "unit.error.name.required"));
		}
		else if (name.length() > OrgUnits.MAX_NAME) {
			errors.add(new LineError(line, "name", "unit.error.name.tooLong", OrgUnits.MAX_NAME));
		}
		if (code != null && !OrgUnits.CODE.matcher(code).matches()) {
			errors.add(new LineError(line, "code", "unit.error.code.invalid"));
		}
		if (kind == null) {
			return null;
		}
		if (kind == UnitKind.PROVINCE && !scope.everything()) {
			errors.add(new LineError(line, "kind", "unit.error.province.scope"));
		}
		Long parentId = null;
		String parentKey = null;
		if (kind.parentKind() != null) {
			if (parentCode == null) {
				errors.add(new LineError(line, "parent_code", "unit.error.parent.required"));
			}
			else {
				parentKey = kind.parentKind() + ":" + parentCode;
				if (!seen.containsKey(parentKey)) {
					OrgUnit parent = this.units.findByCode(kind.parentKind(), parentCode, null)
						.filter((u) -> scope.covers(u.path()))
						.orElse(null);
					if (parent == null) {
						errors.add(new LineError(line, "parent_code", "import.error.parent", parentCode));
					}
					else if (parent.archived()) {
						errors.add(new LineError(line, "parent_code", "unit.error.parent.archived"));
					}
					else {
						parentId = parent.id();
					}
				}
			}
		}
		if (code != null) {
			// hamlet codes are unique under their commune only, other codes everywhere
			boolean hamlet = kind == UnitKind.HAMLET;
			if (seen.containsKey(codeKey(kind, code, parentKey))) {
				errors.add(new LineError(line, "code", "import.error.duplicateInFile", code));
			}
			else if ((!hamlet || parentId != null) && this.units.findByCode(kind, code, parentId).isPresent()) {
				errors.add(new LineError(line, "code", "unit.error.code.duplicate", code));
			}
		}
		return (errors.size() == before) ? new Row(kind, code, name, parentId, parentKey) : null;
	}

	/**
	 * The key under which a row's code must be unique in the file: it is also how a row
	 * names its parent, {@code KIND:code}, but hamlet codes only need to be unique under
	 * one commune.
	 */
	private static String codeKey(UnitKind kind, String code, String parentKey) {
		return (kind == UnitKind.HAMLET) ? kind + ":" + code + "@" + parentKey : kind + ":" + code;
	}

	private static String get(CSVRecord record, String column) {
		for (String header : record.getParser().getHeaderNames()) {
			if (header.equalsIgnoreCase(column) && record.isSet(header)) {
				return record.get(header);
			}
		}
		return null;
	}

	static UnitKind kindOf(String text) {
		String key = SearchKey.of(text);
		return switch (key) {
			case "province", "tinh", "thanh pho" -> UnitKind.PROVINCE;
			case "commune", "xa", "phuong", "dac khu" -> UnitKind.COMMUNE;
			case "hamlet", "ban", "thon", "to dan pho", "hameau" -> UnitKind.HAMLET;
			default -> null;
		};
	}

	private static java.io.Reader skipBom(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	private static long parserLine(RuntimeException ex) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)")
			.matcher(String.valueOf(ex.getMessage()));
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	private record Row(UnitKind kind, String code, String name, Long parentId, String parentKey) {

	}

	/**
	 * The outcome of an import or a dry run.
	 *
	 * @param rows data rows read
	 * @param created units saved (0 on a dry run or when there are errors)
	 * @param committed whether the file was saved
	 * @param errors problems by line and column, as message keys
	 */
	public record ImportReport(int rows, int created, boolean committed, List<LineError> errors) {

		public ImportReport {
			errors = List.copyOf(errors);
		}

	}

	/**
	 * One problem in the file.
	 *
	 * @param line line number in the file (1 is the header)
	 * @param column the column, or null for the whole line
	 * @param messageKey the message key
	 * @param args its arguments
	 */
	public record LineError(long line, String column, String messageKey, Object... args) {

	}

}
