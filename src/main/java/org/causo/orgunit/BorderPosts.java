package org.causo.orgunit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Border-guard posts and the communes each one covers. */
@Service
@Transactional
public class BorderPosts {

	private final PostStore posts;

	private final UnitStore units;

	private final AuditTrail audit;

	BorderPosts(PostStore posts, UnitStore units, AuditTrail audit) {
		this.posts = posts;
		this.units = units;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public BorderPost get(Scope scope, long id) {
		return this.posts.find(scope, id).orElseThrow(() -> new NotFoundException("post"));
	}

	@Transactional(readOnly = true)
	public PageOf<BorderPost> search(Scope scope, String text, boolean includeArchived, PageOf.Request page) {
		return this.posts.search(scope, text, includeArchived, page);
	}

	@Transactional(readOnly = true)
	public List<BorderPost> list(Scope scope) {
		return this.posts.search(scope, null, false, new PageOf.Request(0, PageOf.MAX_SIZE)).items();
	}

	/**
	 * The ids of every post inside the scope, for other modules to filter their own rows
	 * by.
	 */
	@Transactional(readOnly = true)
	public List<Long> visibleIds(Scope scope) {
		return this.posts.visibleIds(scope);
	}

	/**
	 * Any post by id, scope ignored: for an officer's own post and for the identity
	 * module.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<BorderPost> findAnywhere(long id) {
		return this.posts.findAnywhere(id);
	}

	public BorderPost create(Scope scope, PostDraft draft) {
		return create(scope, draft, false);
	}

	public BorderPost create(Scope scope, PostDraft draft, boolean demo) {
		Clean clean = validate(scope, draft, null);
		long id = this.posts.insert(clean.code(), clean.name(), draft.provinceId(), demo);
		this.posts.replaceCommunes(id, clean.communeIds());
		this.audit.record("POST_CREATED", "border_post", id, clean.name());
		return this.posts.findAnywhere(id).orElseThrow();
	}

	public BorderPost update(Scope scope, long id, PostDraft draft) {
		BorderPost existing = get(scope, id);
		Clean clean = validate(scope, draft, existing);
		this.posts.update(id, clean.code(), clean.name(), draft.provinceId());
		this.posts.replaceCommunes(id, clean.communeIds());
		this.audit.record("POST_UPDATED", "border_post", id,
				existing.name() + " -> " + clean.name() + " " + clean.communeIds());
		return this.posts.findAnywhere(id).orElseThrow();
	}

	public BorderPost setArchived(Scope scope, long id, boolean archived) {
		BorderPost post = get(scope, id);
		this.posts.setArchived(id, archived);
		this.audit.record(archived ? "POST_ARCHIVED" : "POST_RESTORED", "border_post", id, post.name());
		return this.posts.findAnywhere(id).orElseThrow();
	}

	private Clean validate(Scope scope, PostDraft draft, BorderPost existing) {
		List<Problem> problems = new ArrayList<>();
		String name = SearchKey.clean(draft.name());
		String code = OrgUnits.blankToNull(draft.code());
		if (name == null || name.isEmpty()) {
			problems.add(new Problem("name", "post.error.name.required"));
		}
		else if (name.length() > OrgUnits.MAX_NAME) {
			problems.add(new Problem("name", "post.error.name.tooLong", OrgUnits.MAX_NAME));
		}
		if (code == null || !OrgUnits.CODE.matcher(code).matches()) {
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
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Clean(code, name, communeIds);
	}

	private record Clean(String code, String name, List<Long> communeIds) {

	}

}
