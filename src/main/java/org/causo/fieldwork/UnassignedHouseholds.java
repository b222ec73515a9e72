package org.causo.fieldwork;

import java.util.List;
import java.util.Map;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.Chunk;
import org.causo.registry.Criterion;
import org.causo.registry.HouseholdQuery;
import org.causo.registry.HouseholdView;
import org.causo.registry.Households;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The households of a post's communes (inside the scope) that nobody looks after, for the
 * assignment page, its API and export: by hamlet, and searched by code, head's name or
 * hamlet name ("Cha Ko" finds Chà Kồ: a text that names hamlets of the post means those
 * hamlets), read page by page.
 */
@Service
@Transactional(readOnly = true)
public class UnassignedHouseholds {

	private final BorderPosts posts;

	private final OrgUnits units;

	private final Households households;

	UnassignedHouseholds(BorderPosts posts, OrgUnits units, Households households) {
		this.posts = posts;
		this.units = units;
		this.households = households;
	}

	/** The hamlets of the post's communes inside the scope, for the filter. */
	public List<OrgUnit> hamlets(Scope scope, long postId) {
		BorderPost post = this.posts.get(scope, postId);
		List<Long> communes = post.communes().stream().map(OrgUnit::id).toList();
		return this.units.list(scope, UnitKind.HAMLET)
			.stream()
			.filter((h) -> h.parentId() != null && communes.contains(h.parentId()))
			.toList();
	}

	public Chunk<HouseholdView> find(Scope scope, long postId, String text, Long hamletId, String after, int size) {
		BorderPost post = this.posts.get(scope, postId);
		Long[] communes = post.communes().stream().map(OrgUnit::id).toArray(Long[]::new);
		String key = SearchKey.of(text);
		Long[] named = key.isEmpty() ? new Long[0]
				: hamlets(scope, postId).stream()
					.filter((h) -> SearchKey.of(h.name()).contains(key))
					.map(OrgUnit::id)
					.toArray(Long[]::new);
		HouseholdQuery query = new HouseholdQuery((named.length > 0) ? null : text, null, hamletId, null, null, null,
				null, false, List.of())
			.and(new Criterion("h.commune_id = any(:fieldworkCommunes)", Map.of("fieldworkCommunes", communes)))
			.and(new Criterion(
					"not exists (select 1 from assignment fa where fa.household_id = h.id and fa.to_date is null)",
					Map.of()));
		if (named.length > 0) {
			query = query.and(new Criterion("h.hamlet_id = any(:fieldworkHamlets)", Map.of("fieldworkHamlets", named)));
		}
		return this.households.search(scope, query, after, size);
	}

}
