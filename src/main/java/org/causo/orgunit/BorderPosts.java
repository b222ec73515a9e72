package org.causo.orgunit;

import java.util.List;
import java.util.Optional;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.posts.PostRules;
import org.causo.orgunit.posts.PostRules.CheckedPost;
import org.causo.orgunit.posts.PostStore;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Border-guard posts and the communes each one covers. */
@Service
@Transactional
public class BorderPosts {

	private final PostStore posts;

	private final PostRules rules;

	private final AuditTrail audit;

	BorderPosts(PostStore posts, PostRules rules, AuditTrail audit) {
		this.posts = posts;
		this.rules = rules;
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
	public Optional<BorderPost> findAnywhere(long id) {
		return this.posts.findAnywhere(id);
	}

	public BorderPost create(Scope scope, PostDraft draft) {
		return create(scope, draft, false);
	}

	public BorderPost create(Scope scope, PostDraft draft, boolean demo) {
		CheckedPost clean = this.rules.check(scope, draft, null);
		long id = this.posts.insert(clean.code(), clean.name(), draft.provinceId(), demo);
		this.posts.replaceCommunes(id, clean.communeIds());
		this.audit.record("POST_CREATED", "border_post", id, clean.name());
		return this.posts.findAnywhere(id).orElseThrow();
	}

	public BorderPost update(Scope scope, long id, PostDraft draft) {
		BorderPost existing = get(scope, id);
		CheckedPost clean = this.rules.check(scope, draft, existing);
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

}
