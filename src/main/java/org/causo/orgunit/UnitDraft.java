package org.causo.orgunit;

/**
 * What an officer types to create or edit a unit.
 *
 * @param kind level
 * @param code optional code
 * @param name name
 * @param parentId the unit above (required except for a province)
 */
public record UnitDraft(UnitKind kind, String code, String name, Long parentId) {

}
