package org.causo.devices.posts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.shared.Scope;

import org.springframework.stereotype.Component;

/** The border posts a scope sees, as ids for this module's own rows, and their names. */
@Component
public class PostIds {

	private final BorderPosts posts;

	PostIds(BorderPosts posts) {
		this.posts = posts;
	}

	public Long[] visible(Scope scope) {
		return this.posts.visibleIds(scope).toArray(Long[]::new);
	}

	public boolean sees(Scope scope, long postId) {
		return this.posts.visibleIds(scope).contains(postId);
	}

	public List<BorderPost> list(Scope scope) {
		return this.posts.list(scope);
	}

	public Map<Long, String> names(Iterable<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		for (Long id : ids) {
			names.computeIfAbsent(id, (k) -> this.posts.findAnywhere(k).map(BorderPost::name).orElse("?"));
		}
		return names;
	}

}
