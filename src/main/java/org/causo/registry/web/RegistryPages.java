package org.causo.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.orgunit.OrgUnits;
import org.causo.orgunit.UnitKind;
import org.causo.registry.Chunk;
import org.causo.registry.Ethnicity;
import org.causo.registry.search.SkillFilter;
import org.causo.shared.Actor;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.pages.Refusals;
import org.causo.shared.web.pages.ListPages;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the household and resident pages do alike: a list with its filters (a refused
 * filter shows its problem over an empty list), and a form that either saves and goes to
 * the saved row with a "saved" notice, or comes back with its problems.
 */
@Component
class RegistryPages {

	static final int PAGE = 25;

	private final OrgUnits units;

	private final SkillFilter skills;

	RegistryPages(OrgUnits units, SkillFilter skills) {
		this.units = units;
		this.skills = skills;
	}

	/**
	 * The list page {@code view}, or only its results for htmx; {@code search} finds a
	 * page with the filter's skill condition.
	 */
	<T> String list(Actor actor, ListFilter filter, String after, String htmx, HttpServletResponse response,
			Locale locale, Model model, String view, Function<SkillFilter, Chunk<T>> search) {
		model.addAttribute("filter", filter);
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("hamlets", this.units.list(actor.scope(), UnitKind.HAMLET));
		model.addAttribute("skills", this.skills.options(locale));
		model.addAttribute("chunk", Refusals.orShow(() -> search.apply(this.skills),
				() -> new Chunk<T>(List.of(), PAGE, null, 0, false), model, response));
		model.addAttribute("after", after);
		return ListPages.view(view, htmx);
	}

	/**
	 * Saves a form: {@code save} returns the path of the saved row; when it refuses, the
	 * form comes back by {@code again}, as typed, with the problems in the user's
	 * language.
	 */
	static String submit(Object form, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Supplier<String> save, Supplier<String> again) {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(save::get, again, model, response, redirect);
	}

}
