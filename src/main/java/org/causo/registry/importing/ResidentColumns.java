package org.causo.registry.importing;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Function;

import org.causo.registry.Ethnicity;
import org.causo.registry.Language;
import org.causo.registry.ReadsVietnamese;
import org.causo.registry.Relation;
import org.causo.registry.Sex;
import org.causo.registry.residents.ResidentRules;
import org.causo.shared.SearchKey;

import static org.causo.registry.importing.ImportCells.C_BIRTH_YEAR;
import static org.causo.registry.importing.ImportCells.C_ETHNICITY;
import static org.causo.registry.importing.ImportCells.C_FULL_NAME;
import static org.causo.registry.importing.ImportCells.C_LANGUAGES;
import static org.causo.registry.importing.ImportCells.C_MEMBER_SINCE;
import static org.causo.registry.importing.ImportCells.C_NATIONAL_ID;
import static org.causo.registry.importing.ImportCells.C_PHONE;
import static org.causo.registry.importing.ImportCells.C_READS_VIETNAMESE;
import static org.causo.registry.importing.ImportCells.C_RELATION;
import static org.causo.registry.importing.ImportCells.C_SEX;

/**
 * The resident columns of a line (name to member since), checked by the rules of a
 * resident's form; the national ID is sealed only when the line is to be saved.
 */
final class ResidentColumns {

	private static final HexFormat HEX = HexFormat.of();

	private static final Object SINCE = new Object();

	private final ImportCells cells;

	private final Function<String, byte[]> sealNationalId;

	private final int thisYear;

	private final boolean whole;

	long count;

	ResidentColumns(ImportCells cells, Function<String, byte[]> sealNationalId, int thisYear, boolean whole) {
		this.cells = cells;
		this.sealNationalId = sealNationalId;
		this.thisYear = thisYear;
		this.whole = whole;
	}

	Resident read(String[] r, long line, long[] household) {
		String name = SearchKey.clean(this.cells.cell(r, C_FULL_NAME));
		if (name == null || name.isEmpty()) {
			if (residentCells(r)) {
				this.cells.error(line, "full_name", "regimport.error.nameMissing");
			}
			return null;
		}
		this.count++;
		Resident res = new Resident();
		res.name = name;
		if (name.length() > ResidentRules.MAX_NAME) {
			this.cells.error(line, "full_name", "resident.error.name.tooLong", ResidentRules.MAX_NAME);
		}
		res.sex = (Sex) this.cells.memo.computeIfAbsent(Sex.class, this.cells.cell(r, C_SEX),
				(t) -> this.cells.values.of(Sex.class, t));
		if (res.sex == null) {
			this.cells.refused(line, "sex", this.cells.cell(r, C_SEX), Sex.class);
		}
		String year = this.cells.cell(r, C_BIRTH_YEAR).strip();
		if (!year.isEmpty()) {
			try {
				res.year = Integer.parseInt(year);
			}
			catch (NumberFormatException ex) {
				res.year = -1;
			}
			if (res.year < 1900 || res.year > this.thisYear) {
				this.cells.error(line, "birth_year", "resident.error.birthYear", this.thisYear);
			}
		}
		res.ethnicity = this.cells.optionalEnum(Ethnicity.class, r, C_ETHNICITY, "ethnicity", line);
		String typedLanguages = this.cells.cell(r, C_LANGUAGES);
		Languages parsed = (Languages) this.cells.memo.computeIfAbsent(Languages.class, typedLanguages,
				(t) -> Languages.parse(t, this.cells.values));
		if (parsed.unknown() != null) {
			this.cells.refused(line, "languages", parsed.unknown(), Language.class);
		}
		res.languages = parsed.array();
		res.reads = this.cells.optionalEnum(ReadsVietnamese.class, r, C_READS_VIETNAMESE, "reads_vietnamese", line);
		// a list of households (the household export) names only the heads
		res.relation = (!this.cells.has(C_RELATION)) ? Relation.HEAD
				: (Relation) this.cells.memo.computeIfAbsent(Relation.class, this.cells.cell(r, C_RELATION),
						(t) -> this.cells.values.of(Relation.class, t));
		if (res.relation == null) {
			this.cells.refused(line, "relation", this.cells.cell(r, C_RELATION), Relation.class);
		}
		else if (res.relation == Relation.HEAD && household != null && household[1]++ > 0) {
			this.cells.error(line, "relation", "regimport.error.twoHeads");
		}
		res.phone = ResidentRules.phone(this.cells.cell(r, C_PHONE));
		if (res.phone != null && !ResidentRules.PHONE.matcher(res.phone).matches()) {
			this.cells.error(line, "phone", "resident.error.phone");
		}
		String nid = ResidentRules.withoutSeparators(this.cells.cell(r, C_NATIONAL_ID));
		if (!nid.isEmpty()) {
			if (!ResidentRules.NATIONAL_ID.matcher(nid).matches()) {
				this.cells.error(line, "national_id", "resident.error.nationalId");
			}
			else if (this.whole) {
				res.nid = "\\x" + HEX.formatHex(this.sealNationalId.apply(nid));
			}
		}
		String since = this.cells.cell(r, C_MEMBER_SINCE).strip();
		if (!since.isEmpty()) {
			res.since = (LocalDate) this.cells.memo.computeIfAbsent(SINCE, since, ImportRow::date);
			if (res.since == null) {
				this.cells.error(line, "member_since", "regimport.error.date", since);
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
			if (!this.cells.cell(r, c).isBlank()) {
				return true;
			}
		}
		return false;
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

	static final class Resident {

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
