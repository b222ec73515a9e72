package org.causo.orgunit.importing;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.UnitImport.LineError;
import org.causo.orgunit.UnitKind;
import org.causo.orgunit.importing.UnitCsv.ImportedUnit;
import org.causo.orgunit.units.UnitRules;
import org.causo.orgunit.units.UnitStore;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * One line of a units CSV checked: the rules of a unit typed on the page, with the parent
 * and the code's uniqueness looked up in the database and in the lines before it.
 */
@Component
class UnitLines {

	private final UnitStore units;

	UnitLines(UnitStore units) {
		this.units = units;
	}

	ImportedUnit check(Scope scope, CSVRecord record, long line, Map<String, UnitKind> seen, List<LineError> errors) {
		int before = errors.size();
		UnitKind kind = kindOf(get(record, "kind"));
		String code = UnitRules.blankToNull(get(record, "code"));
		String name = SearchKey.clean(get(record, "name"));
		String parentCode = UnitRules.blankToNull(get(record, "parent_code"));
		if (kind == null) {
			errors.add(new LineError(line, "kind", "import.error.kind", get(record, "kind")));
		}
		if (name == null || name.isEmpty()) {
			errors.add(new LineError(line, "name", "unit.error.name.required"));
		}
		else if (name.length() > UnitRules.MAX_NAME) {
			errors.add(new LineError(line, "name", "unit.error.name.tooLong", UnitRules.MAX_NAME));
		}
		if (code != null && !UnitRules.CODE.matcher(code).matches()) {
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
		return (errors.size() == before) ? new ImportedUnit(kind, code, name, parentId, parentKey) : null;
	}

	/**
	 * The key under which a row's code must be unique in the file: it is also how a row
	 * names its parent, {@code KIND:code}, but hamlet codes only need to be unique under
	 * one commune.
	 */
	static String codeKey(UnitKind kind, String code, String parentKey) {
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

	public static UnitKind kindOf(String text) {
		String key = SearchKey.of(text);
		return switch (key) {
			case "province", "tinh", "thanh pho" -> UnitKind.PROVINCE;
			case "commune", "xa", "phuong", "dac khu" -> UnitKind.COMMUNE;
			case "hamlet", "ban", "thon", "to dan pho", "hameau" -> UnitKind.HAMLET;
			default -> null;
		};
	}

}
