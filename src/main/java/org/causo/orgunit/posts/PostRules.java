package org.causo.orgunit.posts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.PostDraft;
import org.causo.orgunit.UnitKind;
import org.causo.orgunit.units.UnitRules;
import org.causo.orgunit.units.UnitStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Component;

/**
 * What a post must be: a name, a unique code, a province inside the scope, and at least
 * one commune of that province inside the scope.
 */
@Component
public class PostRules {

	private final PostStore posts;

	private final UnitStore units;

	PostRules(PostStore posts, UnitStore units) {
		this.posts = posts;
		this.units = units;
	}

	/**
	 * The draft's code, name and communes, cleaned; every broken rule at once, as a 400.
	 */
	public CheckedPost check(Scope scope, PostDraft draft, BorderPost existing) {
		List<Problem> problems = new ArrayList<>();
		String name = SearchKey.clean(draft.name());
		String code = UnitRules.blankToNull(draft.code());
		if (name == null || name.isEmpty()) {
			problems.add(new Problem("name", "post.error.name.required"));
		}
		else if (name.length() > UnitRules.MAX_NAME) {
			problems.add(new Problem("name", "post.error.name.tooLong", UnitRules.MAX_NAME));
		}
		if (code == null || !UnitRules.CODE.matcher(code).matches()) {
			problems.add(new Problem("code", "post.error.code.invalid"));
		}
		else {
			this.posts.idByCode(code)
				.filter((other) -> existing == null || other != existing.id())
				.ifPresent((other) -> problems.add(new Problem("code", "post.error.code.duplicate", code)));
		}
		OrgUnit province = (draft.provinceId() != null)
				? this.units.find(scope, draft.provinceId()).filter((u) -> u.kind() == UnitKind.PROVINCE).orElse(null)
				: null;
		if (province == null) {
			problems.add(new Problem("provinceId", "post.error.province.required"));
		}
		List<Long> communeIds = new ArrayList<>(new LinkedHashSet<>(draft.communeIds()));
		if (communeIds.isEmpty()) {
			problems.add(new Problem("communeIds", "post.error.communes.required"));
		}
		for (Long communeId : communeIds) {
			OrgUnit commune = this.units.find(scope, communeId).orElse(null);
			if (commune == null || commune.kind() != UnitKind.COMMUNE
					|| (province != null && !commune.path().startsWith(province.path()))) {
				problems.add(new Problem("communeIds", "post.error.communes.outside"));
				break;
			}
		}
		InvalidInputException.throwIfAny(problems);
		return new CheckedPost(code, name, communeIds);
	}

	/**
	 * A post as checked.
	 *
	 * @param code the code
	 * @param name the cleaned name
	 * @param communeIds the communes it covers, without repeats
	 */
	public record CheckedPost(String code, String name, List<Long> communeIds) {

	}

}
