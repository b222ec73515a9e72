package org.causo.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.causo.identity.Officers;
import org.causo.identity.Role;
import org.causo.library.conduct.ReadMarks;
import org.causo.library.conduct.VersionStore;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.audit.AuditTrail;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.export.Download;
import org.causo.shared.export.ListExports;
import org.causo.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command's view of the read marks: per border post in the officer's scope, how many
 * of its officers have read the current version of the code of conduct, and who has not.
 * An officer of a post sees that post only, never another's.
 */
@Service
@Transactional(readOnly = true)
public class ConductReadings {

	/** The accounts that belong to a post and are asked to read the code. */
	static final List<Role> READERS = List.of(Role.POST_COMMANDER, Role.POST_OFFICER, Role.SUPPORT_MEMBER);

	private final VersionStore versions;

	private final ReadMarks marks;

	private final BorderPosts posts;

	private final Officers officers;

	private final ListExports exports;

	private final AuditTrail audit;

	ConductReadings(VersionStore versions, ReadMarks marks, BorderPosts posts, Officers officers, ListExports exports,
			AuditTrail audit) {
		this.versions = versions;
		this.marks = marks;
		this.posts = posts;
		this.officers = officers;
		this.exports = exports;
		this.audit = audit;
	}

	/**
	 * The counts of every post in the scope (or of the one post asked), and, when
	 * {@code names} is true, one page of those who have not read the current version.
	 */
	public ConductReading of(Scope scope, Long postId, boolean names, PageOf.Request page) {
		List<PostReaders> all = readers(scope, postId);
		Integer number = this.versions.currentNumber().orElse(null);
		List<ConductReading.PostCount> counts = all.stream()
			.map((p) -> new ConductReading.PostCount(p.post.id(), p.post.name(), p.officers.size(), p.read.size()))
			.toList();
		List<ConductReading.Unread> unread = names ? unread(all) : List.of();
		int from = (int) Math.min(page.offset(), unread.size());
		int to = Math.min(from + page.size(), unread.size());
		return new ConductReading(number, counts,
				new PageOf<>(unread.subList(from, to), page.page(), page.size(), unread.size()));
	}

	/**
	 * Writes everyone in the scope (or at the post asked) who has not read the current
	 * version, by post and name; audited, as every list of names is.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public long export(Scope scope, Long postId, Download download, Locale locale) {
		List<ConductReading.Unread> unread = unread(readers(scope, postId));
		Integer number = this.versions.currentNumber().orElse(null);
		return this.exports.write(download, locale, "conduct.readers.title",
				List.of("conduct.readers.post", "conduct.readers.name", "conduct.readers.version"),
				ListExports.of(unread, (u) -> new Object[] { u.postName(), u.name(), number }),
				(what) -> this.audit.record("CONDUCT_UNREAD_EXPORTED", "border_post", postId, what));
	}

	private List<ConductReading.Unread> unread(List<PostReaders> all) {
		List<ConductReading.Unread> unread = new ArrayList<>();
		for (PostReaders p : all) {
			List<Long> ids = p.officers.stream().filter((id) -> !p.read.contains(id)).toList();
			Map<Long, String> names = this.officers.displayNames(ids);
			names.forEach((id, name) -> unread.add(new ConductReading.Unread(p.post.name(), id, name)));
		}
		return unread;
	}

	/**
	 * The posts in the scope with their officers and who of them has read. A post outside
	 * the scope, asked by id, is not found.
	 */
	private List<PostReaders> readers(Scope scope, Long postId) {
		List<BorderPost> visible = (postId != null) ? List.of(this.posts.get(scope, postId)) : this.posts.list(scope);
		Long current = this.versions.currentId().orElse(null);
		List<PostReaders> all = new ArrayList<>();
		for (BorderPost post : visible) {
			// a post's officer sees the posts of its scope's communes too; the list is
			// the post's own
			if (!scope.everything() && !scope.postIds().isEmpty() && !scope.postIds().contains(post.id())) {
				if (postId != null) {
					throw new NotFoundException("post");
				}
				continue;
			}
			List<Long> ids = this.officers.activeOfficersAt(post.id(), READERS);
			all.add(new PostReaders(post, ids, (current != null) ? this.marks.readers(current, ids) : Set.of()));
		}
		all.sort(Comparator.comparing((PostReaders p) -> p.post.name()));
		return all;
	}

	private record PostReaders(BorderPost post, List<Long> officers, Set<Long> read) {

	}

}
