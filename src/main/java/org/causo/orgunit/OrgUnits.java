package org.causo.orgunit;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.causo.audit.AuditTrail;
import org.causo.orgunit.posts.PostStore;
import org.causo.orgunit.units.UnitRules;
import org.causo.orgunit.units.UnitRules.CheckedUnit;
import org.causo.orgunit.units.UnitStore;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.PageOf;
import org.causo.shared.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org-unit hierarchy: read within a scope, create, edit and archive, each change
 * audited.
 */
@Service
@Transactional
public class OrgUnits {

	private final UnitStore units;

	private final PostStore posts;

	private final UnitRules rules;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	OrgUnits(UnitStore units, PostStore posts, UnitRules rules, AuditTrail audit, ApplicationEventPublisher events) {
		this.units = units;
		this.rules = rules;
		this.posts = posts;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public OrgUnit get(Scope scope, long id) {
		return this.units.find(scope, id).orElseThrow(() -> new NotFoundException("unit"));
	}

	@Transactional(readOnly = true)
	public PageOf<OrgUnit> search(Scope scope, UnitQuery query, PageOf.Request page) {
		return this.units.search(scope, query, page);
	}

	/**
	 * All active units of a kind inside the scope, for pickers (at most a few thousand).
	 */
	@Transactional(readOnly = true)
	public List<OrgUnit> list(Scope scope, UnitKind kind) {
		return this.units.search(scope, new UnitQuery(null, kind, null, false), new PageOf.Request(0, 5000)).items();
	}

	public OrgUnit create(Scope scope, UnitDraft draft) {
		return create(scope, draft, false);
	}

	/**
	 * Creates a unit; demo data passes {@code demo = true} so that it is marked as
	 * invented.
	 */
	public OrgUnit create(Scope scope, UnitDraft draft, boolean demo) {
		CheckedUnit clean = this.rules.check(scope, draft, null);
		long id = this.units.insert(draft.kind(), clean.code(), clean.name(), draft.parentId(), demo);
		this.audit.record("UNIT_CREATED", "org_unit", id, draft.kind() + " " + clean.name());
		return this.units.findAnywhere(id).orElseThrow();
	}

	public OrgUnit update(Scope scope, long id, UnitDraft draft) {
		OrgUnit existing = get(scope, id);
		UnitDraft sameKind = new UnitDraft(existing.kind(), draft.code(), draft.name(),
				(existing.kind() == UnitKind.HAMLET) ? draft.parentId() : existing.parentId());
		CheckedUnit clean = this.rules.check(scope, sameKind, existing);
		this.units.update(id, clean.code(), clean.name(), sameKind.parentId());
		this.audit.record("UNIT_UPDATED", "org_unit", id, existing.name() + " -> " + clean.name());
		OrgUnit updated = this.units.findAnywhere(id).orElseThrow();
		if (updated.kind() == UnitKind.HAMLET && !Objects.equals(updated.parentId(), existing.parentId())) {
			this.events.publishEvent(new HamletMoved(id, updated.parentId(), updated.path()));
		}
		return updated;
	}

	public OrgUnit archive(Scope scope, long id) {
		return setArchived(scope, id, true);
	}

	public OrgUnit restore(Scope scope, long id) {
		return setArchived(scope, id, false);
	}

	/** As a post is archived and restored; a unit with active units below stays. */
	private OrgUnit setArchived(Scope scope, long id, boolean archived) {
		OrgUnit unit = get(scope, id);
		if (archived && this.units.countActiveChildren(id) > 0) {
			throw InvalidInputException.of(null, "unit.error.archive.children");
		}
		this.units.setArchived(id, archived);
		this.audit.record(archived ? "UNIT_ARCHIVED" : "UNIT_RESTORED", "org_unit", id, unit.name());
		return this.units.findAnywhere(id).orElseThrow();
	}

	/** The scope of an officer placed at this unit: it and everything below it. */
	@Transactional(readOnly = true)
	public Scope scopeOfUnit(long unitId) {
		OrgUnit unit = this.units.findAnywhere(unitId).orElseThrow(() -> new NotFoundException("unit"));
		return new Scope(false, List.of(unit.path()), Set.of());
	}

	/**
	 * The scope of an officer of this post: the communes it covers and what lies below
	 * them.
	 */
	@Transactional(readOnly = true)
	public Scope scopeOfPost(long postId) {
		List<String> paths = this.posts.communesOf(postId).stream().map(OrgUnit::path).toList();
		return new Scope(false, paths, Set.of(postId));
	}

}
