package org.causo.library.web;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.library.CodeOfConduct;
import org.causo.library.ConductPreview;
import org.causo.library.ImportFormat;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A new version of the code of conduct: paste the text, see the sections found, then
 * save, which publishes it. Administrators only, as for the law library: the code is the
 * command's, not one post's.
 */
@Controller
@PreAuthorize(Allowed.ADMINS)
class ConductImportController {

	private static final String VIEW = "library/conduct-import";

	private final CodeOfConduct conduct;

	ConductImportController(CodeOfConduct conduct) {
		this.conduct = conduct;
	}

	@GetMapping("/admin/conduct/import")
	String form(Model model) {
		model.addAttribute("form", new ConductForm("", "", ImportFormat.TEXT.name()));
		model.addAttribute("formats", ImportFormat.values());
		this.conduct.current().ifPresent((v) -> model.addAttribute("current", v));
		return VIEW;
	}

	/**
	 * Previews the text; publishes it too when the save button ({@code save}) was
	 * pressed.
	 */
	@PostMapping("/admin/conduct/import")
	String submit(ConductForm form, @RequestParam(required = false) String save, Model model,
			HttpServletResponse response) {
		model.addAttribute("form", form);
		model.addAttribute("formats", ImportFormat.values());
		try {
			ImportFormat format = form.format();
			ConductPreview preview = this.conduct.preview(form.title(), form.content(), format);
			model.addAttribute("preview", preview);
			model.addAttribute("form", new ConductForm(preview.title(), form.content(), format.name()));
			if (save != null) {
				int number = this.conduct.publish(form.title(), form.content(), format);
				return "redirect:/conduct/v/" + number + "?saved";
			}
		}
		catch (InvalidInputException ex) {
			FormErrors.show(ex, model, response);
		}
		return VIEW;
	}

	/**
	 * The import page's fields, as typed.
	 *
	 * @param title the title, or empty for the text's first line
	 * @param content the pasted text
	 * @param formatName TEXT, MARKDOWN or HTML
	 */
	record ConductForm(String title, String content, String formatName) {

		ImportFormat format() {
			try {
				return ImportFormat.valueOf((this.formatName == null) ? "" : this.formatName.strip());
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInputException.of("format", "law.import.error.type");
			}
		}

	}

}
