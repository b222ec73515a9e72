package org.causo.orgunit;

import java.util.List;

/**
 * What an admin types to create or edit a border post.
 *
 * @param code short code
 * @param name name
 * @param provinceId province
 * @param communeIds communes covered (at least one, all in the province)
 */
public record PostDraft(String code, String name, Long provinceId, List<Long> communeIds) {

	public PostDraft {
		communeIds = (communeIds != null) ? List.copyOf(communeIds) : List.of();
	}

}
