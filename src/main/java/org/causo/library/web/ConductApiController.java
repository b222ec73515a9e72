package org.causo.library.web;

import io.swagger.v3.oas.annotations.Operation;

import org.causo.library.CodeOfConduct;
import org.causo.library.ConductVersion;
import org.causo.shared.Actor;
import org.causo.shared.NotFoundException;
import org.causo.shared.web.Allowed;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code of conduct for the officers' apps: the current version with whether the caller
 * has read it, and the read mark.
 */
@RestController
@PreAuthorize(Allowed.FIGURES)
class ConductApiController {

	private final CodeOfConduct conduct;

	ConductApiController(CodeOfConduct conduct) {
		this.conduct = conduct;
	}

	@GetMapping("/api/library/conduct")
	@Operation(summary = "The current version of the code of conduct, and whether the caller has read it")
	Current current(@AuthenticationPrincipal Actor actor) {
		ConductVersion version = this.conduct.current().orElseThrow(() -> new NotFoundException("code of conduct"));
		return new Current(version, this.conduct.hasRead(actor.officerId(), version));
	}

	@PostMapping("/api/library/conduct/read")
	@Operation(summary = "Marks a version read by the caller; marking twice is marking once")
	Current read(@AuthenticationPrincipal Actor actor, @RequestParam int version) {
		this.conduct.markRead(actor.officerId(), version);
		ConductVersion read = this.conduct.version(version);
		return new Current(read, true);
	}

	/**
	 * A version and the caller's mark.
	 *
	 * @param version the version
	 * @param read whether the caller has marked it read
	 */
	record Current(ConductVersion version, boolean read) {

	}

}
