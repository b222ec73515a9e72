package org.causo.languages.web;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.languages.LanguageCatalogue;
import org.causo.languages.LanguageDraft;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The languages page: the built-in and added languages with what each lacks, and the form
 * that adds one.
 */
@Controller
@PreAuthorize(Allowed.ADMINS)
class LanguagesController {

	static final String BACK = "/admin/languages";

	private final LanguageCatalogue catalogue;

	LanguagesController(LanguageCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/languages")
	String languages(Model model) {
		model.addAttribute("languages", this.catalogue.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new LanguageDraft(null, null, null, true));
		}
		return "languages/languages";
	}

	@PostMapping("/admin/languages")
	String add(LanguageDraft form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(() -> {
			this.catalogue.add(form);
			return BACK;
		}, () -> languages(model), model, response, redirect);
	}

	@PostMapping("/admin/languages/{code}/enabled")
	String enable(@PathVariable String code, @RequestParam boolean enabled, RedirectAttributes redirect) {
		this.catalogue.setEnabled(code, enabled);
		return FormErrors.saved(redirect, BACK);
	}

}
