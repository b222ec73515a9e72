package org.causo.registry.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * The communes and hamlets a file may name, within the importer's scope: a commune by its
 * code or, when no other commune shares it, its name; a hamlet by name or code within its
 * commune.
 */
@Component
class ImportPlaces {

	/**
	 * Communes are found by code, or by this prefix and their name (as exports write
	 * them).
	 */
	static final String BY_NAME = "name|";

	private final OrgUnits units;

	ImportPlaces(OrgUnits units) {
		this.units = units;
	}

	Map<String, OrgUnit> communes(Scope scope) {
		Map<String, OrgUnit> map = new HashMap<>();
		this.units.list(scope, UnitKind.COMMUNE)
			.stream()
			.filter((u) -> u.code() != null)
			.forEach((u) -> map.put(u.code(), u));
		if (!scope.everything()) {
			// a post covers communes below the province: list() finds them through their
			// path
			this.units.list(scope, UnitKind.HAMLET)
				.forEach((h) -> map.computeIfAbsent(communeCode(h), (c) -> this.units.get(Scope.all(), h.parentId())));
			map.remove(null);
		}
		Map<String, OrgUnit> byName = new HashMap<>();
		Set<String> twice = new HashSet<>();
		map.values().forEach((c) -> {
			if (byName.putIfAbsent(BY_NAME + SearchKey.of(c.name()), c) != null) {
				twice.add(BY_NAME + SearchKey.of(c.name()));
			}
		});
		// a name two communes share is not enough: the code is needed
		twice.forEach(byName::remove);
		map.putAll(byName);
		return map;
	}

	private String communeCode(OrgUnit hamlet) {
		return this.units.get(Scope.all(), hamlet.parentId()).code();
	}

	Map<String, OrgUnit> hamlets(Scope scope) {
		Map<String, OrgUnit> map = new HashMap<>();
		for (OrgUnit h : this.units.list(scope, UnitKind.HAMLET)) {
			map.put(h.parentId() + "|" + SearchKey.of(h.name()), h);
			if (h.code() != null) {
				map.putIfAbsent(h.parentId() + "|" + SearchKey.of(h.code()), h);
			}
		}
		return map;
	}

}
