package org.causo.orgunit.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

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
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.ImportAnswer;
import org.causo.shared.web.api.Paging;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	OrgUnitApiController(OrgUnits units, BorderPosts posts, UnitImport imports, MessageSource messages) {
		this.units = units;
		this.posts = posts;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/units")
	PageOf<OrgUnit> units(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) Long parent,
			@RequestParam(defaultValue = "false") boolean archived, Paging paging) {
		return this.units.search(actor.scope(), new UnitQuery(q, kind, parent, archived), paging.request());
	}

	@GetMapping("/units/{id}")
	OrgUnit unit(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.units.get(actor.scope(), id);
	}

	@PostMapping("/units")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.COMMAND)
	OrgUnit create(@AuthenticationPrincipal Actor actor, @RequestBody UnitDraft draft) {
		UnitController.requireMayEdit(actor, draft.kind());
		return this.units.create(actor.scope(), draft);
	}

	@PutMapping("/units/{id}")
	@PreAuthorize(Allowed.COMMAND)
	OrgUnit update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody UnitDraft draft) {
		requireMayEdit(actor, id);
		return this.units.update(actor.scope(), id, draft);
	}

	@PostMapping("/units/{id}/archive")
	@PreAuthorize(Allowed.COMMAND)
	OrgUnit archive(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		requireMayEdit(actor, id);
		return this.units.archive(actor.scope(), id);
	}

	@PostMapping("/units/{id}/restore")
	@PreAuthorize(Allowed.COMMAND)
	OrgUnit restore(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		requireMayEdit(actor, id);
		return this.units.restore(actor.scope(), id);
	}

	/** Only who may edit units of its kind may change a unit (404 when out of scope). */
	private void requireMayEdit(Actor actor, long id) {
		UnitController.requireMayEdit(actor, this.units.get(actor.scope(), id).kind());
	}

	@PostMapping(path = "/units/import", consumes = "text/csv")
	@PreAuthorize(Allowed.ADMINS)
	ResponseEntity<ImportResult> importCsv(@AuthenticationPrincipal Actor actor,
			@RequestParam(defaultValue = "false") boolean dryRun, jakarta.servlet.http.HttpServletRequest request,
			Locale locale) throws IOException {
		UnitImport.ImportReport report = this.imports.run(actor.scope(), request.getInputStream(), dryRun);
		ImportResult result = new ImportResult(report.rows(), report.created(), report.committed(),
				report.errors()
					.stream()
					.map((e) -> new ImportError(e.line(), e.column(), e.messageKey(), e.args(),
							this.messages.getMessage(e.messageKey(), e.args(), locale)))
					.toList());
		return ImportAnswer.of(result, !report.errors().isEmpty());
	}

	@GetMapping("/posts")
	PageOf<BorderPost> posts(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean archived, Paging paging) {
		return this.posts.search(actor.scope(), q, archived, paging.request());
	}

	@GetMapping("/posts/{id}")
	BorderPost post(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.posts.get(actor.scope(), id);
	}

	@PostMapping("/posts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.ADMINS)
	BorderPost createPost(@AuthenticationPrincipal Actor actor, @RequestBody PostDraft draft) {
		return this.posts.create(actor.scope(), draft);
	}

	@PutMapping("/posts/{id}")
	@PreAuthorize(Allowed.ADMINS)
	BorderPost updatePost(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody PostDraft draft) {
		return this.posts.update(actor.scope(), id, draft);
	}

	@PostMapping("/posts/{id}/archive")
	@PreAuthorize(Allowed.ADMINS)
	BorderPost archivePost(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.posts.setArchived(actor.scope(), id, true);
	}

	@PostMapping("/posts/{id}/restore")
	@PreAuthorize(Allowed.ADMINS)
	BorderPost restorePost(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.posts.setArchived(actor.scope(), id, false);
	}

	/**
	 * The outcome of an import, as the API returns it.
	 *
	 * @param rows data rows read
	 * @param created units saved
	 * @param committed whether the file was saved
	 * @param errors problems by line and column
	 */
	record ImportResult(int rows, int created, boolean committed, List<ImportError> errors) {

	}

	/**
	 * One problem in the file, with its message in the caller's language.
	 *
	 * @param line line number in the file (1 is the header, 0 the whole file)
	 * @param column the column, or null for the whole line
	 * @param messageKey the message key, stable for programs
	 * @param args its arguments
	 * @param message the message for people, in the caller's language
	 */
	record ImportError(long line, String column, String messageKey, Object[] args, String message) {

	}

}
