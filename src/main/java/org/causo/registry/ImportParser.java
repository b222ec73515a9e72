package org.causo.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.causo.orgunit.OrgUnit;
import org.causo.registry.ImportReport.LineError;
import org.causo.shared.SearchKey;

/**
 * Checks one CSV line at a time and turns good lines into COPY text for the staging
 * table.
 */
final class ImportParser {

	private final Map<String, OrgUnit> communes;

	private final Map<String, OrgUnit> hamlets;

	private final NationalIds nationalIds;

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

	ImportParser(Map<String, OrgUnit> communes, Map<String, OrgUnit> hamlets, NationalIds nationalIds, int thisYear,
			int maxErrors) {
		this.maxErrors = maxErrors;
		this.communes = communes;
		this.hamlets = hamlets;
		this.nationalIds = nationalIds;
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

	/** Checks a line; appends its COPY text when it is good. */
	void line(CSVRecord r, long line, StringBuilder copy) {
		if (!r.isConsistent()) {
			error(line, null, "regimport.error.columns", ImportRow.COLUMNS.size(), r.size());
			return;
		}
		long before = this.errorCount;
		String code = r.get("household_code").strip();
		if (!Households.CODE.matcher(code).matches()) {
			error(line, "household_code", "household.error.code.invalid");
		}
		OrgUnit commune = this.communes.get(r.get("commune_code").strip());
		OrgUnit hamlet = null;
		if (commune == null) {
			error(line, "commune_code", "regimport.error.commune", r.get("commune_code"));
		}
		else {
			String h = SearchKey.of(r.get("hamlet"));
			hamlet = this.hamlets.get(commune.id() + "|" + h);
			if (hamlet == null) {
				error(line, "hamlet", "regimport.error.hamlet", r.get("hamlet"));
			}
		}
		BigDecimal lat = decimal(r, "latitude", line);
		BigDecimal lon = decimal(r, "longitude", line);
		if ((lat == null) != (lon == null)
				|| (lat != null && (lat.abs().intValue() > 90 || lon.abs().intValue() > 180))) {
			error(line, "latitude", "household.error.position.range");
		}
		Ethnicity hEth = optionalEnum(Ethnicity.class, r, "household_ethnicity", line);
		Language hLang = optionalEnum(Language.class, r, "main_language", line);
		Boolean poor = flag(r, "poor", line);
		Boolean nearPoor = flag(r, "near_poor", line);
		Boolean policy = flag(r, "policy", line);
		if (Boolean.TRUE.equals(poor) && Boolean.TRUE.equals(nearPoor)) {
			error(line, "near_poor", "household.error.poorAndNearPoor");
		}
		if (r.get("address").length() > Households.MAX_ADDRESS) {
			error(line, "address", "household.error.address.tooLong", Households.MAX_ADDRESS);
		}
		String key = (commune != null) ? commune.id() + "|" + code.toLowerCase(Locale.ROOT) : null;
		long[] seen = (key != null) ? this.households.get(key) : null;
		if (seen != null && !key.equals(this.lastHousehold)) {
			error(line, "household_code", "regimport.error.duplicateInFile", code, seen[0]);
		}
		else if (seen == null && key != null) {
			seen = new long[] { line, 0 };
			this.households.put(key, seen);
		}
		this.lastHousehold = key;
		Resident res = resident(r, line, seen);
		if (this.errorCount > before) {
			return;
		}
		Object[] values = { line, code, code.toLowerCase(Locale.ROOT), hamlet.id(), commune.id(), hamlet.path(),
				blank(r.get("address")), lat, lon, Enums.name(hEth), Enums.name(hLang), poor, nearPoor, policy,
				(res != null) ? res.name : null, (res != null) ? SearchKey.of(res.name) : null,
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

	private Resident resident(CSVRecord r, long line, long[] household) {
		String name = SearchKey.clean(r.get("full_name"));
		if (name == null || name.isEmpty()) {
			return null;
		}
		this.residents++;
		Resident res = new Resident();
		res.name = name;
		if (name.length() > ResidentRules.MAX_NAME) {
			error(line, "full_name", "resident.error.name.tooLong", ResidentRules.MAX_NAME);
		}
		res.sex = ImportRow.sex(r.get("sex"));
		if (res.sex == null) {
			error(line, "sex", "regimport.error.value", r.get("sex"));
		}
		String year = r.get("birth_year").strip();
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
		res.ethnicity = optionalEnum(Ethnicity.class, r, "ethnicity", line);
		StringBuilder langs = new StringBuilder("{");
		for (String part : r.get("languages").split("[;|]")) {
			if (!part.isBlank()) {
				Language l = ImportRow.enumOf(Language.class, part);
				if (l == null) {
					error(line, "languages", "regimport.error.value", part.strip());
				}
				else {
					langs.append((langs.length() > 1) ? "," : "").append(l.name());
				}
			}
		}
		res.languages = langs.append('}').toString();
		res.reads = optionalEnum(ReadsVietnamese.class, r, "reads_vietnamese", line);
		res.relation = ImportRow.relation(r.get("relation"));
		if (res.relation == null) {
			error(line, "relation", "regimport.error.value", r.get("relation"));
		}
		else if (res.relation == Relation.HEAD && household != null && household[1]++ > 0) {
			error(line, "relation", "regimport.error.twoHeads");
		}
		res.phone = ResidentRules.phone(r.get("phone"));
		if (res.phone != null && !ResidentRules.PHONE.matcher(res.phone).matches()) {
			error(line, "phone", "resident.error.phone");
		}
		String nid = r.get("national_id").replaceAll("[\\s.-]", "");
		if (!nid.isEmpty()) {
			if (!ResidentRules.NATIONAL_ID.matcher(nid).matches()) {
				error(line, "national_id", "resident.error.nationalId");
			}
			else {
				res.nid = "\\x" + java.util.HexFormat.of().formatHex(this.nationalIds.seal(nid));
			}
		}
		String since = r.get("member_since").strip();
		if (!since.isEmpty()) {
			res.since = ImportRow.date(since);
			if (res.since == null) {
				error(line, "member_since", "regimport.error.date", since);
			}
		}
		return res;
	}

	private BigDecimal decimal(CSVRecord r, String column, long line) {
		String t = r.get(column).strip().replace(',', '.');
		if (t.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException ex) {
			error(line, column, "regimport.error.value", r.get(column));
			return null;
		}
	}

	private Boolean flag(CSVRecord r, String column, long line) {
		Boolean b = ImportRow.flag(r.get(column));
		if (b == null) {
			error(line, column, "regimport.error.value", r.get(column));
		}
		return b;
	}

	private <E extends Enum<E>> E optionalEnum(Class<E> type, CSVRecord r, String column, long line) {
		String t = r.get(column);
		if (t.isBlank()) {
			return null;
		}
		E e = ImportRow.enumOf(type, t);
		if (e == null) {
			error(line, column, "regimport.error.value", t.strip());
		}
		return e;
	}

	private static String blank(String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
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
