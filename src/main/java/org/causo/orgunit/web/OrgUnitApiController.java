package org.causo.orgunit.web;

import java.io.IOException;

import org.causo.orgunit.BorderPost;
import org.causo.orgunit.BorderPosts;
import org.causo.orgunit.OrgUnit;
import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.PostDraft;
import org.causo.orgunit.UnitDraft;
import org.causo.orgunit.UnitImport;
import org.causo.orgunit.UnitKind;
import org.causo.orgunit.UnitQuery;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for units and posts; the same scope and rules as the pages. */
@RestController
@RequestMapping("/api")
class OrgUnitApiController {

	private final OrgUnits units;

	private final BorderPosts posts;

	private final UnitImport imports;

	OrgUnitApiController(OrgUnits units, BorderPosts posts, UnitImport imports) {
		this.units = units;
		this.posts = posts;
		this.imports = imports;
	}

	@GetMapping("/units")
	PageOf<OrgUnit> units(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) Long parent,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.units.search(actor.scope(), new UnitQuery(q, kind, parent, archived),
				new PageOf.Request(page, size));
	}

	@GetMapping("/units/{id}")
	OrgUnit unit(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.units.get(actor.scope(), id);
	}

	@PostMapping("/units")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(UnitController.EDITORS)
	OrgUnit create(@AuthenticationPrincipal Actor actor, @RequestBody UnitDraft draft) {
		UnitController.requireMayEdit(actor, draft.kind());
		return this.units.create(actor.scope(), draft);
	}

	@PutMapping("/units/{id}")
	@PreAuthorize(UnitController.EDITORS)
	OrgUnit update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody UnitDraft draft) {
		UnitController.requireMayEdit(actor, this.units.get(actor.scope(), id).kind());
		return this.units.update(actor.scope(), id, draft);
	}

	@PostMapping("/units/{id}/archive")
	@PreAuthorize(UnitController.EDITORS)
	OrgUnit archive(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		UnitController.requireMayEdit(actor, this.units.get(actor.scope(), id).kind());
		return this.units.archive(actor.scope(), id);
	}

	@PostMapping("/units/{id}/restore")
	@PreAuthorize(UnitController.EDITORS)
	OrgUnit restore(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		UnitController.requireMayEdit(actor, this.units.get(actor.scope(), id).kind());
		return this.units.restore(actor.scope(), id);
	}

	@PostMapping(path = "/units/import", consumes = "text/csv")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	ResponseEntity<UnitImport.ImportReport> importCsv(@AuthenticationPrincipal Actor actor,
			@RequestParam(defaultValue = "false") boolean dryRun, jakarta.servlet.http.HttpServletRequest request)
			throws IOException {
		UnitImport.ImportReport report = this.imports.run(actor.scope(), request.getInputStream(), dryRun);
		return report.errors().isEmpty() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
	}

	@GetMapping("/posts")
	PageOf<BorderPost> posts(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.posts.search(actor.scope(), q, archived, new PageOf.Request(page, size));
	}

	@GetMapping("/posts/{id}")
	BorderPost post(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.posts.get(actor.scope(), id);
	}

	@PostMapping("/posts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	BorderPost createPost(@AuthenticationPrincipal Actor actor, @RequestBody PostDraft draft) {
		return this.posts.create(actor.scope(), draft);
	}

	@PutMapping("/posts/{id}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	BorderPost updatePost(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody PostDraft draft) {
		return this.posts.update(actor.scope(), id, draft);
	}

	@PostMapping("/posts/{id}/archive")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	BorderPost archivePost(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.posts.setArchived(actor.scope(), id, true);
	}

	@PostMapping("/posts/{id}/restore")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	BorderPost restorePost(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.posts.setArchived(actor.scope(), id, false);
	}

}
