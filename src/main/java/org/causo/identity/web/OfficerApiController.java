package org.causo.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.identity.DigestSubscriptions;
import org.causo.identity.OfficerDraft;
import org.causo.identity.OfficerView;
import org.causo.identity.Officers;
import org.causo.shared.Actor;
import org.causo.shared.PageOf;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.Paging;

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
@Tag(name = "officers", description = "The caller's own account and, for admins, accounts in their scope")
class OfficerApiController {

	private final Officers officers;

	private final DigestSubscriptions digests;

	OfficerApiController(Officers officers, DigestSubscriptions digests) {
		this.officers = officers;
		this.digests = digests;
	}

	@GetMapping("/me")
	OfficerView me(@AuthenticationPrincipal Actor actor) {
		return this.officers.me(actor.officerId());
	}

	@PutMapping("/me/digest")
	@Operation(summary = "Set the caller's e-mail address and mailbox digest opt-in",
			description = "The digest says only that something new is waiting in a mailbox the caller reads. "
					+ "An empty email removes the address; digest=true needs an address. "
					+ "A malformed address answers 400 with a localized message.")
	OfficerView changeDigest(@AuthenticationPrincipal Actor actor, @RequestBody DigestChange change) {
		return this.digests.change(actor.officerId(), change.email(), change.digest());
	}

	/**
	 * The caller's e-mail settings.
	 *
	 * @param email e-mail address, or null or empty for none
	 * @param digest whether to get the mailbox digest
	 */
	record DigestChange(String email, boolean digest) {

	}

	@GetMapping("/officers")
	@PreAuthorize(Allowed.ADMINS)
	PageOf<OfficerView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
			Paging paging) {
		return this.officers.search(actor.scope(), q, paging.request());
	}

	@GetMapping("/officers/{id}")
	@PreAuthorize(Allowed.ADMINS)
	OfficerView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		return this.officers.get(actor.scope(), id);
	}

	@PostMapping("/officers")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Allowed.ADMINS)
	OfficerView create(@AuthenticationPrincipal Actor actor, @RequestBody OfficerDraft draft) {
		return this.officers.create(actor.scope(), draft);
	}

	@PutMapping("/officers/{id}")
	@PreAuthorize(Allowed.ADMINS)
	@Operation(summary = "Replace an account's editable fields",
			description = "Every field is replaced, email and digest included: omitting email removes the address.")
	OfficerView update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OfficerDraft draft) {
		return this.officers.update(actor.scope(), id, draft);
	}

}
