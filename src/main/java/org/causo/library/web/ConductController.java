package org.causo.library.web;

import jakarta.servlet.http.HttpServletRequest;

import org.causo.library.CodeOfConduct;
import org.causo.library.ConductVersion;
import org.causo.shared.Actor;
import org.causo.shared.CurrentActor;
import org.causo.shared.NotFoundException;
import org.causo.shared.QrSvg;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.PublicUrl;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The code of conduct as soldiers open it from a QR code: the current version for anyone,
 * without logging in (not every soldier has an account), older versions by number. A
 * logged-in officer also sees whether they have read the version and marks it read.
 */
@Controller
class ConductController {

	private static final String SECTION = "muc-[0-9a-z]{1,20}";

	private final CodeOfConduct conduct;

	private final PublicUrl publicUrl;

	ConductController(CodeOfConduct conduct, PublicUrl publicUrl) {
		this.conduct = conduct;
		this.publicUrl = publicUrl;
	}

	/** A reading page: the layout registers the offline reader on it. */
	@ModelAttribute("offlineReading")
	boolean offlineReading() {
		return true;
	}

	@GetMapping("/conduct")
	String current(Model model) {
		ConductVersion version = this.conduct.current().orElseThrow(() -> new NotFoundException("code of conduct"));
		return show(version, model);
	}

	@GetMapping("/conduct/v/{number}")
	String version(@PathVariable int number, Model model) {
		return show(this.conduct.version(number), model);
	}

	/**
	 * The address of the current version as a QR code, or of one section's anchor with
	 * {@code section} (e.g. {@code muc-3}): a poster stays right when a new version is
	 * published.
	 */
	@GetMapping("/conduct/qr.svg")
	ResponseEntity<String> qr(@RequestParam(name = "section", required = false) String section,
			HttpServletRequest request) {
		boolean known = this.conduct.current()
			.map((v) -> section == null
					|| (section.matches(SECTION) && v.sections().stream().anyMatch((s) -> s.anchor().equals(section))))
			.orElse(false);
		if (!known) {
			throw new NotFoundException("code of conduct section " + section);
		}
		String url = this.publicUrl.base(request) + "/conduct" + ((section != null) ? "#" + section : "");
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noCache())
			.body(QrSvg.of(url));
	}

	/** "I have read this version": one click, the same however often it is sent. */
	@PostMapping("/conduct/read")
	@PreAuthorize(Allowed.FIGURES)
	String read(@AuthenticationPrincipal Actor actor, @RequestParam int version) {
		this.conduct.markRead(actor.officerId(), version);
		ConductVersion current = this.conduct.current().orElseThrow();
		return "redirect:" + ((current.number() == version) ? "/conduct" : "/conduct/v/" + version) + "?marked";
	}

	private String show(ConductVersion version, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("versions", this.conduct.versions());
		CurrentActor.get()
			.ifPresent((actor) -> model.addAttribute("hasRead", this.conduct.hasRead(actor.officerId(), version)));
		return "library/conduct-document";
	}

}
