package org.causo.orgunit;

import java.util.List;

/**
 * A border-guard post and the communes it covers.
 *
 * @param id id
 * @param code short code
 * @param name name, e.g. "Ka Lăng"
 * @param provinceId the province it belongs to
 * @param provinceName its name
 * @param communes the communes it covers
 * @param demo whether this is demo data
 * @param archived archived posts stay for history
 */
public record BorderPost(long id, String code, String name, long provinceId, String provinceName,
		List<OrgUnit> communes, boolean demo, boolean archived) {

	public BorderPost {
		communes = List.copyOf(communes);
	}

}
