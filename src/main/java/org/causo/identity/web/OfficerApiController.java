package org.causo.identity.web;

import org.causo.identity.OfficerDraft;
import org.causo.identity.OfficerView;
import org.causo.identity.Officers;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;

import org.springframework.http.HttpStatus;
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

/** JSON API for the caller's own account and, for admins, accounts in their scope. */
@RestController
@RequestMapping("/api")
class OfficerApiController {

	private final Officers officers;

	OfficerApiController(Officers officers) {
		this.officers = officers;
	}

	@GetMapping("/me")
	OfficerView me(@AuthenticationPrincipal Actor actor) {
		return this.officers.me(actor.officerId());
	}

	@GetMapping("/officers")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	PageOf<OfficerView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
		return this.officers.search(actor.scope(), q, new PageOf.Request(page, size));
	}

	@GetMapping("/officers/{id}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	OfficerView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.officers.get(actor.scope(), id);
	}

	@PostMapping("/officers")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	OfficerView create(@AuthenticationPrincipal Actor actor, @RequestBody OfficerDraft draft) {
		return this.officers.create(actor.scope(), draft);
	}

	@PutMapping("/officers/{id}")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	OfficerView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OfficerDraft draft) {
		return this.officers.update(actor.scope(), id, draft);
	}

}
