package org.causo.orgunit.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.UnitImport;
import org.causo.orgunit.UnitImport.ImportReport;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.pages.CsvTemplate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** CSV import of units, with a dry run that lists errors by line. */
@Controller
@PreAuthorize(Allowed.ADMINS)
class ImportController {

	private final UnitImport imports;

	ImportController(UnitImport imports) {
		this.imports = imports;
	}

	@GetMapping("/units/import")
	String form() {
		return "orgunit/import";
	}

	@GetMapping("/units/import/template.csv")
	ResponseEntity<byte[]> template() {
		String csv = String.join(",", UnitImport.COLUMNS) + "\ncommune,03439,Xã Thu Lũm,12\nhamlet,,Bản Mới,03439\n";
		return CsvTemplate.download("units-template.csv", csv);
	}

	@PostMapping("/units/import")
	String run(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, HttpServletResponse response, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("missingFile", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "orgunit/import";
		}
		ImportReport report = this.imports.run(actor.scope(), file.getInputStream(), dryRun);
		if (!report.errors().isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("report", report);
		model.addAttribute("dryRun", dryRun);
		return "orgunit/import";
	}

}
