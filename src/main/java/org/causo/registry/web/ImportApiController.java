package org.causo.registry.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.causo.registry.ImportReport;
import org.causo.registry.importing.RegistryImport;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.api.ImportAnswer;
import org.causo.shared.web.pages.CsvTemplate;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV import of households with residents. The body is the file itself, streamed (no
 * multipart, so the 10 MB upload limit of the public mailbox does not apply):
 * {@code curl --data-binary @households.csv -H 'Content-Type: text/csv'}.
 */
@RestController
@RequestMapping("/api/registry/import")
@Tag(name = "Registry: import", description = "Households and residents from CSV, all or nothing")
@PreAuthorize(Allowed.COMMAND)
class ImportApiController {

	private final RegistryImport imports;

	private final MessageSource messages;

	ImportApiController(RegistryImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/template.csv")
	@Operation(summary = "The CSV template: header and two example lines")
	ResponseEntity<byte[]> template() {
		return CsvTemplate.download("households-template.csv", RegistryImport.template());
	}

	@PostMapping(consumes = { "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
	@Operation(
			summary = "Check (dryRun=true) or import a CSV (commas or semicolons) or XLSX file; errors by line and column in the caller's language",
			description = "One error anywhere and nothing is saved.")
	ResponseEntity<Result> run(@AuthenticationPrincipal Actor actor,
			@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request, Locale locale)
			throws IOException {
		ImportReport report = this.imports.run(actor.scope(), request.getInputStream(), dryRun);
		Result result = new Result(report.rows(), report.households(), report.residents(), report.committed(),
				report.errorCount(),
				report.errors()
					.stream()
					.map((e) -> new Error(e.line(), e.column(), e.messageKey(),
							this.messages.getMessage(e.messageKey(), e.args(), locale)))
					.toList());
		return ImportAnswer.of(result, report.errorCount() != 0);
	}

	/**
	 * The outcome, as the API returns it.
	 *
	 * @param rows data lines read
	 * @param households households in the file
	 * @param residents residents in the file
	 * @param committed whether it was saved
	 * @param errorCount problems found (the list stops at 1,000)
	 * @param errors problems by line and column
	 */
	record Result(long rows, long households, long residents, boolean committed, long errorCount, List<Error> errors) {

	}

	/**
	 * One problem.
	 *
	 * @param line line number (1 is the header, 0 the whole file)
	 * @param column column name or null
	 * @param messageKey stable key for programs
	 * @param message for people, in the caller's language
	 */
	record Error(long line, String column, String messageKey, String message) {

	}

}
