package org.causo.registry.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.orgunit.OrgUnit;
import org.causo.registry.Ethnicity;
import org.causo.registry.ImportReport.LineError;
import org.causo.registry.Language;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.Sex;
import org.causo.registry.households.HouseholdRules;
import org.causo.registry.nationalid.NationalIds;
import org.causo.registry.residents.ResidentRules;
import org.causo.registry.search.Enums;
import org.causo.shared.SearchKey;

/**
 * Checks one CSV line at a time and turns good lines into COPY text for the staging
 * table.
 */
final class ImportParser {

	/** The COPY of whole lines, to be saved. */
	static final String COPY_WHOLE = "copy registry_stage from stdin";

	/** The COPY of a dry run: households' first lines only. */
	static final String COPY_CODES = "copy registry_stage (line, code, code_key, commune_id) from stdin";

	// indexes in ImportRow.COLUMNS; the file's own order is mapped by ImportColumns
	private static final int C_HOUSEHOLD_CODE = 0;

	private static final int C_COMMUNE_CODE = 1;

	private static final int C_HAMLET = 2;

	private static final int C_ADDRESS = 3;

	private static final int C_LATITUDE = 4;

	private static final int C_LONGITUDE = 5;

	private static final int C_HOUSEHOLD_ETHNICITY = 6;

	private static final int C_MAIN_LANGUAGE = 7;

	private static final int C_POOR = 8;

	private static final int C_NEAR_POOR = 9;

	private static final int C_POLICY = 10;

	private static final int C_FULL_NAME = 11;

	private static final int C_SEX = 12;

	private static final int C_BIRTH_YEAR = 13;

	private static final int C_ETHNICITY = 14;

	private static final int C_LANGUAGES = 15;

	private static final int C_READS_VIETNAMESE = 16;

	private static final int C_RELATION = 17;

	private static final int C_PHONE = 18;

	private static final int C_NATIONAL_ID = 19;

	private static final int C_MEMBER_SINCE = 20;

	private static final java.util.HexFormat HEX = java.util.HexFormat.of();

	private static final Object SINCE = new Object();

	private final Map<String, OrgUnit> communes;

	private final Map<String, OrgUnit> hamlets;

	private final java.util.function.Function<String, byte[]> sealNationalId;

	private final int thisYear;

	/**
	 * Households seen: key "communeId|code" to the first line and whether a head is set.
	 */
	private final Map<String, long[]> households = new HashMap<>();

	private String lastHousehold;

	final List<LineError> errors = new ArrayList<>();

	long errorCount;

	long residents;

	private final int maxErrors;

	/**
	 * Cells with few distinct values (flags, enums, hamlets) are parsed once per value.
	 */
	private final Memo memo = new Memo();

	/**
	 * Whether good lines are staged whole, to be saved; a dry run stages only each
	 * household's first line, code and commune, for the check against the database.
	 */
	private final boolean whole;

	private final ImportValues values;

	/** For each column of ImportRow.COLUMNS, its cell in the file's lines, or -1. */
	private int[] positions;

	private int width;

	ImportParser(Map<String, OrgUnit> communes, Map<String, OrgUnit> hamlets, NationalIds nationalIds, int thisYear,
			int maxErrors, boolean whole, ImportValues values) {
		this.values = values;
		this.maxErrors = maxErrors;
		this.whole = whole;
		this.communes = communes;
		this.hamlets = hamlets;
		this.sealNationalId = nationalIds.bulk();
		this.thisYear = thisYear;
	}

	long households() {
		return this.households.size();
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

	private String cell(String[] r, int column) {
		int p = this.positions[column];
		return (p < 0 || p >= r.length || r[p] == null) ? "" : r[p];
	}

	/** Checks a line; appends its COPY text when it is good. */
	void line(String[] r, long line, StringBuilder copy) {
		if (r.length != this.width) {
			error(line, null, "regimport.error.columns", this.width, r.length);
			return;
		}
		long before = this.errorCount;
		String code = cell(r, C_HOUSEHOLD_CODE).strip();
		if (!HouseholdRules.CODE.matcher(code).matches()) {
			error(line, "household_code", "household.error.code.invalid");
		}
		String typedCommune = cell(r, C_COMMUNE_CODE).strip();
		OrgUnit commune = this.communes.get(typedCommune);
		if (commune == null) {
			commune = this.communes.get(RegistryImport.BY_NAME + SearchKey.of(typedCommune));
		}
		OrgUnit hamlet = null;
		if (commune == null) {
			error(line, "commune_code", "regimport.error.commune", cell(r, C_COMMUNE_CODE));
		}
		else {
			String h = (String) this.memo.computeIfAbsent(Memo.HAMLET, cell(r, C_HAMLET), SearchKey::of);
			hamlet = this.hamlets.get(commune.id() + "|" + h);
			if (hamlet == null) {
				error(line, "hamlet", "regimport.error.hamlet", cell(r, C_HAMLET));
			}
		}
		BigDecimal lat = decimal(r, C_LATITUDE, "latitude", line);
		BigDecimal lon = decimal(r, C_LONGITUDE, "longitude", line);
		if ((lat == null) != (lon == null)
				|| (lat != null && (lat.abs().intValue() > 90 || lon.abs().intValue() > 180))) {
			error(line, "latitude", "household.error.position.range");
		}
		Ethnicity hEth = optionalEnum(Ethnicity.class, r, C_HOUSEHOLD_ETHNICITY, "household_ethnicity", line);
		Language hLang = optionalEnum(Language.class, r, C_MAIN_LANGUAGE, "main_language", line);
		Boolean poor = flag(r, C_POOR, "poor", line);
		Boolean nearPoor = flag(r, C_NEAR_POOR, "near_poor", line);
		Boolean policy = flag(r, C_POLICY, "policy", line);
		if (Boolean.TRUE.equals(poor) && Boolean.TRUE.equals(nearPoor)) {
			error(line, "near_poor", "household.error.poorAndNearPoor");
		}
		if (cell(r, C_ADDRESS).length() > HouseholdRules.MAX_ADDRESS) {
			error(line, "address", "household.error.address.tooLong", HouseholdRules.MAX_ADDRESS);
		}
		String codeKey = code.toLowerCase(Locale.ROOT);
		String key = (commune != null) ? commune.id() + "|" + codeKey : null;
		long[] seen = (key != null) ? this.households.get(key) : null;
		boolean first = false;
		if (seen != null && !key.equals(this.lastHousehold)) {
			error(line, "household_code", "regimport.error.duplicateInFile", code, seen[0]);
		}
		else if (seen == null && key != null) {
			seen = new long[] { line, 0 };
			this.households.put(key, seen);
			first = true;
		}
		this.lastHousehold = key;
		Resident res = resident(r, line, seen);
		if (this.errorCount > before) {
			return;
		}
		if (!this.whole) {
			if (first) {
				copy.append(line).append('\t');
				ImportRow.copy(copy, code);
				copy.append('\t');
				ImportRow.copy(copy, codeKey);
				copy.append('\t').append(commune.id()).append('\n');
			}
			return;
		}
		Object[] values = { line, code, codeKey, hamlet.id(), commune.id(), hamlet.path(), blank(cell(r, C_ADDRESS)),
				lat, lon, Enums.name(hEth), Enums.name(hLang), poor, nearPoor, policy, (res != null) ? res.name : null,
				(res != null) ? SearchKey.of(res.name) : null, (res != null) ? Enums.name(res.sex) : null,
				(res != null) ? res.year : null, (res != null) ? Enums.name(res.ethnicity) : null,
				(res != null) ? res.languages : null, (res != null) ? Enums.name(res.reads) : null,
				(res != null) ? Enums.name(res.relation) : null, (res != null) ? res.phone : null,
				(res != null) ? res.nid : null, (res != null) ? res.since : null };
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				copy.append('\t');
			}
			ImportRow.copy(copy, values[i]);
		}
		copy.append('\n');
	}

	private Resident resident(String[] r, long line, long[] household) {
		String name = SearchKey.clean(cell(r, C_FULL_NAME));
		if (name == null || name.isEmpty()) {
			if (residentCells(r)) {
				error(line, "full_name", "regimport.error.nameMissing");
			}
			return null;
		}
		this.residents++;
		Resident res = new Resident();
		res.name = name;
		if (name.length() > ResidentRules.MAX_NAME) {
			error(line, "full_name", "resident.error.name.tooLong", ResidentRules.MAX_NAME);
		}
		res.sex = (Sex) this.memo.computeIfAbsent(Sex.class, cell(r, C_SEX), (t) -> this.values.of(Sex.class, t));
		if (res.sex == null) {
			refused(line, "sex", cell(r, C_SEX), Sex.class);
		}
		String year = cell(r, C_BIRTH_YEAR).strip();
		if (!year.isEmpty()) {
			try {
				res.year = Integer.parseInt(year);
			}
			catch (NumberFormatException ex) {
				res.year = -1;
			}
			if (res.year < 1900 || res.year > this.thisYear) {
				error(line, "birth_year", "resident.error.birthYear", this.thisYear);
			}
		}
		res.ethnicity = optionalEnum(Ethnicity.class, r, C_ETHNICITY, "ethnicity", line);
		String typedLanguages = cell(r, C_LANGUAGES);
		Languages parsed = (Languages) this.memo.computeIfAbsent(Languages.class, typedLanguages,
				(t) -> Languages.parse(t, this.values));
		if (parsed.unknown() != null) {
			refused(line, "languages", parsed.unknown(), Language.class);
		}
		res.languages = parsed.array();
		res.reads = optionalEnum(ReadsVietnamese.class, r, C_READS_VIETNAMESE, "reads_vietnamese", line);
		// a list of households (the household export) names only the heads
		res.relation = (this.positions[C_RELATION] < 0) ? Relation.HEAD : (Relation) this.memo
			.computeIfAbsent(Relation.class, cell(r, C_RELATION), (t) -> this.values.of(Relation.class, t));
		if (res.relation == null) {
			refused(line, "relation", cell(r, C_RELATION), Relation.class);
		}
		else if (res.relation == Relation.HEAD && household != null && household[1]++ > 0) {
			error(line, "relation", "regimport.error.twoHeads");
		}
		res.phone = ResidentRules.phone(cell(r, C_PHONE));
		if (res.phone != null && !ResidentRules.PHONE.matcher(res.phone).matches()) {
			error(line, "phone", "resident.error.phone");
		}
		String nid = ResidentRules.withoutSeparators(cell(r, C_NATIONAL_ID));
		if (!nid.isEmpty()) {
			if (!ResidentRules.NATIONAL_ID.matcher(nid).matches()) {
				error(line, "national_id", "resident.error.nationalId");
			}
			else if (this.whole) {
				res.nid = "\\x" + HEX.formatHex(this.sealNationalId.apply(nid));
			}
		}
		String since = cell(r, C_MEMBER_SINCE).strip();
		if (!since.isEmpty()) {
			res.since = (LocalDate) this.memo.computeIfAbsent(SINCE, since, ImportRow::date);
			if (res.since == null) {
				error(line, "member_since", "regimport.error.date", since);
			}
		}
		return res;
	}

	/**
	 * Whether a line without a name has something of a resident: then it is a resident
	 * whose name was forgotten, not a household alone.
	 */
	private boolean residentCells(String[] r) {
		for (int c = C_SEX; c <= C_MEMBER_SINCE; c++) {
			if (!cell(r, c).isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** A value that is not one of a list: the error names the values allowed. */
	private void refused(long line, String column, String typed, Class<?> type) {
		error(line, column, "regimport.error.valueOf", typed.strip(), this.values.allowed(type));
	}

	private BigDecimal decimal(String[] r, int index, String column, long line) {
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

	private Boolean flag(String[] r, int index, String column, long line) {
		String t = cell(r, index);
		Boolean b = (Boolean) this.memo.computeIfAbsent(Memo.FLAG, t, this.values::flag);
		if (b == null) {
			refused(line, column, t, Boolean.class);
		}
		return b;
	}

	private <E extends Enum<E>> E optionalEnum(Class<E> type, String[] r, int index, String column, long line) {
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

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	/** The languages cell as a PostgreSQL array, or the first value not understood. */
	private record Languages(String array, String unknown) {

		static Languages parse(String typed, ImportValues values) {
			StringBuilder langs = new StringBuilder("{");
			// the exports join languages with commas
			for (String part : typed.split("[;|,]")) {
				if (!part.isBlank()) {
					Language l = values.of(Language.class, part);
					if (l == null) {
						return new Languages(null, part.strip());
					}
					langs.append((langs.length() > 1) ? "," : "").append(l.name());
				}
			}
			return new Languages(langs.append('}').toString(), null);
		}

	}

	private static final class Resident {

		String name;

		Sex sex;

		Integer year;

		Ethnicity ethnicity;

		String languages;

		ReadsVietnamese reads;

		Relation relation;

		String phone;

		String nid;

		LocalDate since;

	}

}
