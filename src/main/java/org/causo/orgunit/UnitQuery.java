package org.causo.orgunit;

/**
 * A search over units; every part optional.
 *
 * @param text words of the name or the code, diacritics and case ignored
 * @param kind only this level
 * @param parentId only children of this unit
 * @param includeArchived whether archived units are listed too
 */
public record UnitQuery(String text, UnitKind kind, Long parentId, boolean includeArchived) {

	public static UnitQuery all() {
		return new UnitQuery(null, null, null, false);
	}

}
