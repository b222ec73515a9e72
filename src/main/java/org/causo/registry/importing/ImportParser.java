package org.causo.registry.importing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.causo.orgunit.OrgUnit;
import org.causo.registry.Ethnicity;
import org.causo.registry.ImportReport.LineError;
import org.causo.registry.Language;
import org.causo.registry.households.HouseholdRules;
import org.causo.registry.importing.ResidentColumns.Resident;
import org.causo.registry.nationalid.NationalIds;
import org.causo.registry.search.Enums;
import org.causo.shared.SearchKey;

import static org.causo.registry.importing.ImportCells.C_ADDRESS;
import static org.causo.registry.importing.ImportCells.C_COMMUNE_CODE;
import static org.causo.registry.importing.ImportCells.C_HAMLET;
import static org.causo.registry.importing.ImportCells.C_HOUSEHOLD_CODE;
import static org.causo.registry.importing.ImportCells.C_HOUSEHOLD_ETHNICITY;
import static org.causo.registry.importing.ImportCells.C_LATITUDE;
import static org.causo.registry.importing.ImportCells.C_LONGITUDE;
import static org.causo.registry.importing.ImportCells.C_MAIN_LANGUAGE;
import static org.causo.registry.importing.ImportCells.C_NEAR_POOR;
import static org.causo.registry.importing.ImportCells.C_POLICY;
import static org.causo.registry.importing.ImportCells.C_POOR;

/**
 * Checks one CSV line at a time and turns good lines into COPY text for the staging
 * table.
 */
final class ImportParser {

	/** The COPY of whole lines, to be saved. */
	static final String COPY_WHOLE = "copy registry_stage from stdin";

	/** The COPY of a dry run: households' first lines only. */
	static final String COPY_CODES = "copy registry_stage (line, code, code_key, commune_id) from stdin";

	private final Map<String, OrgUnit> communes;

	private final Map<String, OrgUnit> hamlets;

	/**
	 * Households seen: key "communeId|code" to the first line and whether a head is set.
	 */
	private final Map<String, long[]> households = new HashMap<>();

	private String lastHousehold;

	/**
	 * Whether good lines are staged whole, to be saved; a dry run stages only each
	 * household's first line, code and commune, for the check against the database.
	 */
	private final boolean whole;

	private final ImportCells cells;

	private final ResidentColumns residents;

	ImportParser(Map<String, OrgUnit> communes, Map<String, OrgUnit> hamlets, NationalIds nationalIds, int thisYear,
			int maxErrors, boolean whole, ImportValues values) {
		this.whole = whole;
		this.communes = communes;
		this.hamlets = hamlets;
		this.cells = new ImportCells(maxErrors, values);
		this.residents = new ResidentColumns(this.cells, nationalIds.bulk(), thisYear, whole);
	}

	long households() {
		return this.households.size();
	}

	long residents() {
		return this.residents.count;
	}

	List<LineError> errors() {
		return this.cells.errors;
	}

	long errorCount() {
		return this.cells.errorCount;
	}

	void error(long line, String column, String key, Object... args) {
		this.cells.error(line, column, key, args);
	}

	/** Where each column is in the file's lines, and how many cells a line has. */
	void columns(int[] positions, int width) {
		this.cells.columns(positions, width);
	}

	private String cell(String[] r, int column) {
		return this.cells.cell(r, column);
	}

	/** Checks a line; appends its COPY text when it is good. */
	void line(String[] r, long line, StringBuilder copy) {
		if (r.length != this.cells.width()) {
			error(line, null, "regimport.error.columns", this.cells.width(), r.length);
			return;
		}
		long before = this.cells.errorCount;
		String code = cell(r, C_HOUSEHOLD_CODE).strip();
		if (!HouseholdRules.CODE.matcher(code).matches()) {
			error(line, "household_code", "household.error.code.invalid");
		}
		String typedCommune = cell(r, C_COMMUNE_CODE).strip();
		OrgUnit commune = this.communes.get(typedCommune);
		if (commune == null) {
			commune = this.communes.get(ImportPlaces.BY_NAME + SearchKey.of(typedCommune));
		}
		OrgUnit hamlet = null;
		if (commune == null) {
			error(line, "commune_code", "regimport.error.commune", cell(r, C_COMMUNE_CODE));
		}
		else {
			String h = (String) this.cells.memo.computeIfAbsent(Memo.HAMLET, cell(r, C_HAMLET), SearchKey::of);
			hamlet = this.hamlets.get(commune.id() + "|" + h);
			if (hamlet == null) {
				error(line, "hamlet", "regimport.error.hamlet", cell(r, C_HAMLET));
			}
		}
		BigDecimal lat = this.cells.decimal(r, C_LATITUDE, "latitude", line);
		BigDecimal lon = this.cells.decimal(r, C_LONGITUDE, "longitude", line);
		if ((lat == null) != (lon == null)
				|| (lat != null && (lat.abs().intValue() > 90 || lon.abs().intValue() > 180))) {
			error(line, "latitude", "household.error.position.range");
		}
		Ethnicity hEth = this.cells.optionalEnum(Ethnicity.class, r, C_HOUSEHOLD_ETHNICITY, "household_ethnicity",
				line);
		Language hLang = this.cells.optionalEnum(Language.class, r, C_MAIN_LANGUAGE, "main_language", line);
		Boolean poor = this.cells.flag(r, C_POOR, "poor", line);
		Boolean nearPoor = this.cells.flag(r, C_NEAR_POOR, "near_poor", line);
		Boolean policy = this.cells.flag(r, C_POLICY, "policy", line);
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
		Resident res = this.residents.read(r, line, seen);
		if (this.cells.errorCount > before) {
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
		Object[] values = { line, code, codeKey, hamlet.id(), commune.id(), hamlet.path(),
				ImportCells.blank(cell(r, C_ADDRESS)), lat, lon, Enums.name(hEth), Enums.name(hLang), poor, nearPoor,
				policy, (res != null) ? res.name : null, (res != null) ? SearchKey.of(res.name) : null,
				(res != null) ? Enums.name(res.sex) : null, (res != null) ? res.year : null,
				(res != null) ? Enums.name(res.ethnicity) : null, (res != null) ? res.languages : null,
				(res != null) ? Enums.name(res.reads) : null, (res != null) ? Enums.name(res.relation) : null,
				(res != null) ? res.phone : null, (res != null) ? res.nid : null, (res != null) ? res.since : null };
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				copy.append('\t');
			}
			ImportRow.copy(copy, values[i]);
		}
		copy.append('\n');
	}

}
