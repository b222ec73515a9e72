package org.causo.registry.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.registry.ImportJob;
import org.causo.registry.importing.ImportJobs;
import org.causo.registry.importing.RegistryImport;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.pages.CsvTemplate;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The import page: template, upload (received by {@link ImportUploadServlet}), the
 * check's progress and every problem by line and column, then the save.
 */
@Controller
@PreAuthorize(Allowed.COMMAND)
class RegistryImportController {

	static final int PAGE = 100;

	private final ImportJobs jobs;

	private final MessageSource messages;

	RegistryImportController(ImportJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/registry/import")
	String form() {
		return "registry/import";
	}

	@GetMapping("/registry/import/template.csv")
	ResponseEntity<byte[]> template() {
		return CsvTemplate.download("households-template.csv", "\uFEFF" + RegistryImport.template());
	}

	@GetMapping("/registry/import/{id}")
	String job(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ImportJob job = this.jobs.get(id);
		model.addAttribute("job", job);
		int from = Math.max(0, page) * PAGE;
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("from", from);
		model.addAttribute("pageSize", PAGE);
		model.addAttribute("errors",
				this.jobs.errors(id, from, PAGE)
					.stream()
					.map((e) -> new Problem(e.line(), e.column(),
							this.messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)))
					.toList());
		return "registry/import-job";
	}

	/** The progress part of the page, for htmx; once the job is done, the whole page. */
	@GetMapping("/registry/import/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		ImportJob job = this.jobs.get(id);
		model.addAttribute("job", job);
		if (!job.running()) {
			response.setHeader("HX-Refresh", "true");
		}
		return "registry/import-job :: progress";
	}

	@PostMapping("/registry/import/{id}/save")
	String save(@PathVariable UUID id) {
		this.jobs.save(id);
		return "redirect:/registry/import/" + id;
	}

	/**
	 * One problem as shown.
	 *
	 * @param line line number
	 * @param column column name or null
	 * @param message in the reader's language
	 */
	record Problem(long line, String column, String message) {

	}

}
