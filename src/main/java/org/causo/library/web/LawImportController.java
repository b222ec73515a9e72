package org.causo.library.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.library.DocumentStatus;
import org.causo.library.DocumentType;
import org.causo.library.ImportFormat;
import org.causo.library.ImportPreview;
import org.causo.library.LawImport;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a legal document: paste or upload the text, see the chapters and articles
 * found and the details the header gives, correct them, then save. Administrators only.
 */
@Controller
@PreAuthorize(Allowed.ADMINS)
class LawImportController {

	private static final String VIEW = "library/law-import";

	private final LawImport imports;

	LawImportController(LawImport imports) {
		this.imports = imports;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("formats", ImportFormat.values());
	}

	@GetMapping("/admin/law/import")
	String form(Model model) {
		model.addAttribute("form", ImportForm.empty());
		return VIEW;
	}

	/**
	 * Previews the text; saves it too when the save button ({@code save}) was pressed.
	 */
	@PostMapping("/admin/law/import")
	String submit(ImportForm form, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String save, Model model, HttpServletResponse response) throws IOException {
		model.addAttribute("form", form);
		try {
			String text = form.content();
			ImportFormat format;
			if (file != null && !file.isEmpty()) {
				text = LawImport.decode(file.getBytes());
				format = ImportFormat.ofFileName(file.getOriginalFilename())
					.orElseThrow(() -> InvalidInputException.of("file", "law.import.error.type"));
			}
			else {
				format = form.formatOf((text != null) ? text : "");
			}
			ImportPreview preview = this.imports.preview(text, format);
			ImportForm filled = new ImportForm(text, format.name(), form.number(), form.type(), form.title(),
					form.issuer(), form.signedOn(), form.effectiveOn(), form.status(), form.source(), form.amends(),
					form.replaces())
				.filled(text, preview.details());
			model.addAttribute("form", filled);
			model.addAttribute("preview", preview);
			if (save != null) {
				long id = this.imports.save(form.details(), text, format);
				return "redirect:/law/" + id + "?saved";
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
		}
		return VIEW;
	}

}
