package org.causo.training;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.shared.CurrentActor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.InvalidInputException.Problem;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;
import org.causo.shared.SearchKey;
import org.causo.training.classes.ClassStore;
import org.causo.training.classes.ClassTopics;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes held in the hamlets of a scope; outside it they do not exist. A class belongs
 * to the post that covers its venue (the officer's own post when it does).
 */
@Service
@Transactional
public class TrainingClasses {

	static final int MAX_CAPACITY = 500;

	private final ClassStore store;

	private final OrgUnits units;

	private final BorderPosts posts;

	private final ClassTopics topics;

	private final AuditTrail audit;

	TrainingClasses(ClassStore store, OrgUnits units, BorderPosts posts, ClassTopics topics, AuditTrail audit) {
		this.store = store;
		this.units = units;
		this.posts = posts;
		this.topics = topics;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PageOf<ClassView> search(Scope scope, PageOf.Request page) {
		return this.store.search(scope, page).map(this::named);
	}

	@Transactional(readOnly = true)
	public ClassView get(Scope scope, long id) {
		return named(find(scope, id));
	}

	public ClassView create(Scope scope, ClassDraft draft) {
		return create(scope, draft, false);
	}

	public ClassView create(Scope scope, ClassDraft d, boolean demo) {
		List<Problem> problems = new ArrayList<>();
		String title = SearchKey.clean(d.title());
		if (title == null || title.isEmpty()) {
			problems.add(new Problem("title", "class.error.title.required"));
		}
		else if (title.length() > 200) {
			problems.add(new Problem("title", "class.error.title.tooLong", 200));
		}
		if (d.organiser() == null) {
			problems.add(new Problem("organiser", "class.error.organiser"));
		}
		String organiserName = SearchKey.clean(d.organiserName());
		if (organiserName != null && organiserName.isEmpty()) {
			organiserName = null;
		}
		if (organiserName != null && organiserName.length() > 200) {
			problems.add(new Problem("organiserName", "class.error.organiserName", 200));
		}
		OrgUnit hamlet = hamlet(scope, d.hamletId());
		if (hamlet == null) {
			problems.add(new Problem("hamletId", "class.error.hamlet"));
		}
		if (d.startsAt() == null) {
			problems.add(new Problem("startsAt", "class.error.startsAt"));
		}
		else if (d.startsAt().getYear() < 2000 || d.startsAt().isAfter(LocalDateTime.now().plusYears(2))) {
			problems.add(new Problem("startsAt", "class.error.startsAt.range"));
		}
		if (d.capacity() == null || d.capacity() < 1 || d.capacity() > MAX_CAPACITY) {
			problems.add(new Problem("capacity", "class.error.capacity", MAX_CAPACITY));
		}
		this.topics.check(d.skills(), problems);
		InvalidInputException.throwIfAny(problems);
		long postId = postOf(scope, hamlet.parentId());
		long id = this.store.insert(postId, d, title, organiserName, hamlet.parentId(), hamlet.path(),
				CurrentActor.username(), demo);
		this.audit.record("CLASS_CREATED", "training_class", id, title);
		return get(scope, id);
	}

	ClassView find(Scope scope, long id) {
		return this.store.find(scope, id).orElseThrow(() -> new NotFoundException("class"));
	}

	private OrgUnit hamlet(Scope scope, Long id) {
		if (id == null) {
			return null;
		}
		try {
			OrgUnit unit = this.units.get(scope, id);
			return (unit.kind() == UnitKind.HAMLET && !unit.archived()) ? unit : null;
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	/** The officer's post when it covers the commune, else the first post that does. */
	private long postOf(Scope scope, long communeId) {
		List<BorderPost> covering = this.posts.list(Scope.all())
			.stream()
			.filter((p) -> p.communes().stream().anyMatch((c) -> c.id() == communeId))
			.toList();
		return covering.stream()
			.filter((p) -> scope.postIds().contains(p.id()))
			.findFirst()
			.or(() -> covering.stream().findFirst())
			.map(BorderPost::id)
			.orElseThrow(() -> InvalidInputException.of("hamletId", "class.error.noPost"));
	}

	private ClassView named(ClassView c) {
		String hamlet = this.units.get(Scope.all(), c.hamletId()).name();
		return new ClassView(c.id(), c.postId(), c.title(), c.organiser(), c.organiserName(), c.hamletId(), hamlet,
				c.communeId(), c.startsAt(), c.capacity(), c.skills(), c.attendances());
	}

}
