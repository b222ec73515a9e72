package org.causo.training.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.DownloadRequest;
import org.causo.training.TrainingExport;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of the class list and a class's attendance, for the pages' links and the JSON
 * API alike: {@code format=csv|xlsx}, or the Accept header; CSV by default.
 */
@Controller
@Tag(name = "Training: export", description = "Classes and attendance as CSV or XLSX, streamed, audited")
@PreAuthorize(Allowed.FIELD)
class TrainingExportController {

	private final TrainingExport exports;

	TrainingExportController(TrainingExport exports) {
		this.exports = exports;
	}

	@GetMapping({ "/classes/export", "/api/training/classes/export" })
	@Operation(summary = "Classes held in the hamlets of the scope, newest first",
			description = DownloadRequest.FORMATS)
	void classes(@AuthenticationPrincipal Actor actor, DownloadRequest download, Locale locale) {
		this.exports.classes(actor.scope(), download.named("classes"), locale);
	}

	@GetMapping({ "/classes/{id}/attendances/export", "/api/training/classes/{id}/attendances/export" })
	@Operation(summary = "Who attended a class, walk-ins and skills marked included",
			description = DownloadRequest.FORMATS)
	void attendances(@AuthenticationPrincipal Actor actor, @PathVariable long id, DownloadRequest download,
			Locale locale) {
		this.exports.attendances(actor.scope(), id, download.named("class-attendance"), locale);
	}

}
