package org.causo.registry.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.causo.registry.ImportReport.LineError;

/**
 * The cells of the file's lines and the problems found in them: where each column is, how
 * a flag, a number or a value of a list is read (each distinct text once), and the errors
 * counted, the first of them kept.
 */
final class ImportCells {

	// indexes in ImportRow.COLUMNS; the file's own order is mapped by ImportColumns
	static final int C_HOUSEHOLD_CODE = 0;

	static final int C_COMMUNE_CODE = 1;

	static final int C_HAMLET = 2;

	static final int C_ADDRESS = 3;

	static final int C_LATITUDE = 4;

	static final int C_LONGITUDE = 5;

	static final int C_HOUSEHOLD_ETHNICITY = 6;

	static final int C_MAIN_LANGUAGE = 7;

	static final int C_POOR = 8;

	static final int C_NEAR_POOR = 9;

	static final int C_POLICY = 10;

	static final int C_FULL_NAME = 11;

	static final int C_SEX = 12;

	static final int C_BIRTH_YEAR = 13;

	static final int C_ETHNICITY = 14;

	static final int C_LANGUAGES = 15;

	static final int C_READS_VIETNAMESE = 16;

	static final int C_RELATION = 17;

	static final int C_PHONE = 18;

	static final int C_NATIONAL_ID = 19;

	static final int C_MEMBER_SINCE = 20;

	final List<LineError> errors = new ArrayList<>();

	long errorCount;

	private final int maxErrors;

	/**
	 * Cells with few distinct values (flags, enums, hamlets) are parsed once per value.
	 */
	final Memo memo = new Memo();

	final ImportValues values;

	/** For each column of ImportRow.COLUMNS, its cell in the file's lines, or -1. */
	private int[] positions;

	private int width;

	ImportCells(int maxErrors, ImportValues values) {
		this.maxErrors = maxErrors;
		this.values = values;
	}

	void error(long line, String column, String key, Object... args) {
		this.errorCount++;
		if (this.errors.size() < this.maxErrors) {
			this.errors.add(new LineError(line, column, key, args));
		}
	}

	/** Where each column is in the file's lines, and how many cells a line has. */
	void columns(int[] positions, int width) {
		this.positions = positions;
		this.width = width;
	}

	int width() {
		return this.width;
	}

	/** Whether the file has the column at all. */
	boolean has(int column) {
		return this.positions[column] >= 0;
	}

	String cell(String[] r, int column) {
		int p = this.positions[column];
		return (p < 0 || p >= r.length || r[p] == null) ? "" : r[p];
	}

	/** A value that is not one of a list: the error names the values allowed. */
	void refused(long line, String column, String typed, Class<?> type) {
		error(line, column, "regimport.error.valueOf", typed.strip(), this.values.allowed(type));
	}

	BigDecimal decimal(String[] r, int index, String column, long line) {
		String t = cell(r, index).strip().replace(',', '.');
		if (t.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException ex) {
			error(line, column, "regimport.error.value", cell(r, index));
			return null;
		}
	}

	Boolean flag(String[] r, int index, String column, long line) {
		String t = cell(r, index);
		Boolean b = (Boolean) this.memo.computeIfAbsent(Memo.FLAG, t, this.values::flag);
		if (b == null) {
			refused(line, column, t, Boolean.class);
		}
		return b;
	}

	<E extends Enum<E>> E optionalEnum(Class<E> type, String[] r, int index, String column, long line) {
		String t = cell(r, index);
		if (t.isBlank()) {
			return null;
		}
		E e = type.cast(this.memo.computeIfAbsent(type, t, (text) -> this.values.of(type, text)));
		if (e == null) {
			refused(line, column, t, type);
		}
		return e;
	}

	static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

}
