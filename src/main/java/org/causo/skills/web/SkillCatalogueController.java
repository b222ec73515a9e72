package org.causo.skills.web;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;
import org.causo.skills.SkillCatalogue;
import org.causo.skills.SkillDraft;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The skill catalogue's page: read by the field roles, edited by province admins. It
 * keeps its address under fieldwork, where the officers have always found it.
 */
@Controller
@PreAuthorize(Allowed.FIELD)
class SkillCatalogueController {

	private static final String BACK = "/fieldwork/skills";

	private final SkillCatalogue catalogue;

	SkillCatalogueController(SkillCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/fieldwork/skills")
	String catalogue(Model model) {
		model.addAttribute("skills", this.catalogue.list(true));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SkillDraft(null, null, null, null));
		}
		return "fieldwork/skills";
	}

	@PostMapping("/fieldwork/skills")
	@PreAuthorize(Allowed.ADMINS)
	String create(SkillDraft form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(() -> {
			this.catalogue.create(form);
			return BACK;
		}, () -> catalogue(model), model, response, redirect);
	}

	@PostMapping("/fieldwork/skills/{id}")
	@PreAuthorize(Allowed.ADMINS)
	String rename(@PathVariable long id, SkillDraft form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		return FormErrors.saveOrShow(() -> {
			this.catalogue.rename(id, form);
			return BACK;
		}, () -> catalogue(model), model, response, redirect);
	}

	@PostMapping("/fieldwork/skills/{id}/retire")
	@PreAuthorize(Allowed.ADMINS)
	String retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired,
			RedirectAttributes redirect) {
		this.catalogue.setRetired(id, retired);
		return FormErrors.saved(redirect, BACK);
	}

	@PostMapping("/fieldwork/skills/{id}/move")
	@PreAuthorize(Allowed.ADMINS)
	String move(@PathVariable long id, @RequestParam(defaultValue = "up") String direction,
			RedirectAttributes redirect) {
		this.catalogue.move(id, !"down".equals(direction));
		return FormErrors.saved(redirect, BACK);
	}

}
