package org.causo.training.web;

import java.time.Clock;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.Actor;
import org.causo.shared.web.ExportResponse;
import org.causo.training.TrainingExport;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the class list and a class's attendance, for the pages' links and the JSON
 * API alike: {@code format=csv|xlsx}, or the Accept header; CSV by default.
 */
@Controller
@Tag(name = "Training: export", description = "Classes and attendance as CSV or XLSX, streamed, audited")
@PreAuthorize(Roles.READERS)
class TrainingExportController {

	private static final String FORMAT = "format=csv|xlsx, or Accept: text/csv or the XLSX media type; CSV by "
			+ "default. Audited.";

	private final TrainingExport exports;

	private final Clock clock;

	TrainingExportController(TrainingExport exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping({ "/classes/export", "/api/training/classes/export" })
	@Operation(summary = "Classes held in the hamlets of the scope, newest first", description = FORMAT)
	void classes(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response,
			Locale locale) {
		this.exports.classes(actor.scope(), ExportResponse.download(response, format, accept, "classes", this.clock),
				locale);
	}

	@GetMapping({ "/classes/{id}/attendances/export", "/api/training/classes/{id}/attendances/export" })
	@Operation(summary = "Who attended a class, walk-ins and skills marked included", description = FORMAT)
	void attendances(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response,
			Locale locale) {
		this.exports.attendances(actor.scope(), id,
				ExportResponse.download(response, format, accept, "class-attendance", this.clock), locale);
	}

}
