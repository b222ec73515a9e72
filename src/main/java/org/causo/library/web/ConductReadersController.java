package org.causo.library.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.causo.library.ConductReading;
import org.causo.library.ConductReadings;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.DownloadRequest;
import org.causo.shared.web.api.Paging;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Who has read the current code of conduct, per border post of the scope: the counts for
 * everyone who reads figures, the names of those who have not read it for the officers
 * (an analyst sees counts only), and the list of names as CSV or XLSX.
 */
@Controller
class ConductReadersController {

	private final ConductReadings readings;

	ConductReadersController(ConductReadings readings) {
		this.readings = readings;
	}

	@GetMapping("/conduct/readers")
	@PreAuthorize(Allowed.FIGURES)
	String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long post, Paging paging,
			HttpServletRequest request, Model model) {
		boolean names = seesNames(request);
		model.addAttribute("reading", this.readings.of(actor.scope(), post, names, paging.request()));
		model.addAttribute("names", names);
		model.addAttribute("post", post);
		return "library/conduct-readers";
	}

	@GetMapping("/api/library/conduct/readers")
	@PreAuthorize(Allowed.FIGURES)
	@ResponseBody
	@Operation(summary = "Per post of the scope, how many officers have read the current code of conduct, "
			+ "and one page of those who have not (names for officers, not for analysts)")
	ConductReading api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long post, Paging paging,
			HttpServletRequest request) {
		return this.readings.of(actor.scope(), post, seesNames(request), paging.request());
	}

	@GetMapping({ "/conduct/readers/export", "/api/library/conduct/readers/export" })
	@PreAuthorize(Allowed.FIELD)
	@Operation(summary = "Who has not read the current code of conduct, by post and name",
			description = DownloadRequest.FORMATS)
	void export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long post,
			DownloadRequest download, Locale locale) {
		this.readings.export(actor.scope(), post, download.named("conduct-unread"), locale);
	}

	/** Analysts read figures without names. */
	private static boolean seesNames(HttpServletRequest request) {
		return !request.isUserInRole("ANALYST");
	}

}
