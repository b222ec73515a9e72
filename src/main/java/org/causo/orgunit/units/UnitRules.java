package org.causo.orgunit.units;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.UnitDraft;
import org.causo.orgunit.UnitKind;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * What a unit must be: a name, a well-formed code unique where it must be, and a parent
 * of the right kind inside the scope (a province only for a national administrator).
 * Posts and the import use the same code and name rules.
 */
@Component
public class UnitRules {

	public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");

	public static final int MAX_NAME = 120;

	private final UnitStore units;

	UnitRules(UnitStore units) {
		this.units = units;
	}

	/** The draft's code and name, cleaned; every broken rule at once, as a 400. */
	public CheckedUnit check(Scope scope, UnitDraft draft, OrgUnit existing) {
		List<Problem> problems = new ArrayList<>();
		String name = SearchKey.clean(draft.name());
		String code = blankToNull(draft.code());
		if (draft.kind() == null) {
			problems.add(new Problem("kind", "unit.error.kind.required"));
		}
		if (name == null || name.isEmpty()) {
			problems.add(new Problem("name", "unit.error.name.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new Problem("name", "unit.error.name.tooLong", MAX_NAME));
		}
		if (code != null && !CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "unit.error.code.invalid"));
		}
		if (draft.kind() == UnitKind.PROVINCE) {
			if (!scope.everything()) {
				problems.add(new Problem("kind", "unit.error.province.scope"));
			}
		}
		else if (draft.kind() != null) {
			checkParent(scope, draft, problems);
		}
		if (problems.isEmpty() && code != null) {
			this.units.findByCode(draft.kind(), code, draft.parentId())
				.filter((other) -> existing == null || other.id() != existing.id())
				.ifPresent((other) -> problems.add(new Problem("code", "unit.error.code.duplicate", code)));
		}
		InvalidInputException.throwIfAny(problems);
		return new CheckedUnit(code, name);
	}

	private void checkParent(Scope scope, UnitDraft draft, List<Problem> problems) {
		if (draft.parentId() == null) {
			problems.add(new Problem("parentId", "unit.error.parent.required"));
			return;
		}
		OrgUnit parent = this.units.find(scope, draft.parentId()).orElse(null);
		if (parent == null && draft.kind() == UnitKind.COMMUNE && scope.everything()) {
			parent = this.units.findAnywhere(draft.parentId()).orElse(null);
		}
		if (parent == null) {
			problems.add(new Problem("parentId", "unit.error.parent.required"));
		}
		else if (parent.kind() != draft.kind().parentKind()) {
			problems.add(new Problem("parentId", "unit.error.parent.wrongKind"));
		}
		else if (parent.archived()) {
			problems.add(new Problem("parentId", "unit.error.parent.archived"));
		}
	}

	public static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A unit's code and name as checked.
	 *
	 * @param code the code, or null
	 * @param name the cleaned name
	 */
	public record CheckedUnit(String code, String name) {

	}

}
