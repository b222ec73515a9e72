package org.causo.orgunit;

import org.causo.orgunit.importing.UnitCsv;
import org.causo.orgunit.importing.UnitCsv.ImportedUnit;
import org.causo.orgunit.units.UnitStore;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.audit.AuditTrail;
import org.causo.shared.Scope;

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

	private final UnitCsv csv;

	private final AuditTrail audit;

	UnitImport(UnitStore units, UnitCsv csv, AuditTrail audit) {
		this.units = units;
		this.csv = csv;
		this.audit = audit;
	}

	@Transactional
	public ImportReport run(Scope scope, InputStream input, boolean dryRun) {
		UnitCsv.Read read = this.csv.read(scope, input);
		List<ImportedUnit> rows = read.units();
		if (!read.errors().isEmpty() || dryRun) {
			return new ImportReport(rows.size(), 0, false, read.errors());
		}
		Map<String, Long> created = new HashMap<>();
		for (ImportedUnit row : rows) {
			Long parentId = (row.parentId() != null) ? row.parentId() : created.get(row.parentKey());
			long id = this.units.insert(row.kind(), row.code(), row.name(), parentId, false);
			if (row.code() != null) {
				created.put(row.kind() + ":" + row.code(), id);
			}
		}
		this.audit.record("UNITS_IMPORTED", "org_unit", null, "rows=" + rows.size());
		return new ImportReport(rows.size(), rows.size(), true, List.of());
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
