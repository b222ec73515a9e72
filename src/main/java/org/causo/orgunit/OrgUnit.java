package org.causo.orgunit;

/**
 * A province, commune or hamlet as officers see it.
 *
 * @param id id
 * @param kind level in the hierarchy
 * @param code official code where known (province and commune codes of the statistics
 * office)
 * @param name name, composed (NFC)
 * @param parentId the unit above, null for a province
 * @param parentName its name
 * @param path materialised path of ids, used for scope
 * @param demo whether this is invented demo data
 * @param archived archived units stay for history but are hidden from pickers
 */
public record OrgUnit(long id, UnitKind kind, String code, String name, Long parentId, String parentName, String path,
		boolean demo, boolean archived) {

}
