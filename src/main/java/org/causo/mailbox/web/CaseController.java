package org.causo.mailbox.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.CaseDraft;
import org.causo.mailbox.CaseKind;
import org.causo.mailbox.CaseOutcome;
import org.causo.mailbox.CaseView;
import org.causo.mailbox.Cases;
import org.causo.mailbox.Mailboxes;
import org.causo.mailbox.SeizureKind;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Case pages: the list per post, a case with its reports and outcomes, and linking. */
@Controller
@PreAuthorize(Allowed.OFFICERS)
class CaseController {

	private final Cases cases;

	private final Mailboxes mailboxes;

	CaseController(Cases cases, Mailboxes mailboxes) {
		this.cases = cases;
		this.mailboxes = mailboxes;
	}

	@GetMapping("/cases")
	String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Long post,
			@RequestParam(required = false) String status, Model model) {
		model.addAttribute("cases", this.cases.list(actor.scope(), actor.officerId(), post,
				(status != null && !status.isBlank()) ? status : null));
		model.addAttribute("posts", this.mailboxes.postList(actor.scope()));
		model.addAttribute("post", post);
		model.addAttribute("status", status);
		return "mailbox/cases";
	}

	@GetMapping("/cases/{id}")
	String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		return page(this.cases.get(actor.scope(), actor.officerId(), id), model);
	}

	@PostMapping("/reports/{id}/cases")
	String open(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String kind,
			RedirectAttributes redirect) {
		CaseView opened = this.cases.open(actor.scope(), actor.officerId(), id, new CaseDraft(title, kind));
		return FormErrors.saved(redirect, "/cases/" + opened.id());
	}

	@PostMapping("/reports/{id}/case")
	String link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam long caseId,
			RedirectAttributes redirect) {
		this.cases.link(actor.scope(), actor.officerId(), caseId, id);
		return FormErrors.saved(redirect, "/cases/" + caseId);
	}

	@PostMapping("/cases/{id}")
	String record(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "OPEN") String status,
			@RequestParam(defaultValue = "false") boolean prosecuted, @RequestParam(defaultValue = "0") String arrests,
			@RequestParam(name = "seizureKind", required = false) List<String> seizureKinds,
			@RequestParam(name = "seizureQuantity", required = false) List<String> quantities,
			@RequestParam(name = "seizureUnit", required = false) List<String> units,
			@RequestParam(defaultValue = "0") int blank, @RequestParam(defaultValue = "false") boolean more,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CaseView current = this.cases.get(actor.scope(), actor.officerId(), id);
		CaseForm form = new CaseForm(title, kind, status, prosecuted, arrests,
				CaseForm.rows(seizureKinds, quantities, units), blank);
		if (more) {
			// "more rows" with JavaScript off: the same form, typed rows kept, nothing
			// saved
			return page(current, form.withMoreRows(), model);
		}
		return FormErrors.saveOrShow(() -> {
			CaseOutcome outcome = new CaseOutcome(title, kind, status, prosecuted, number(arrests),
					seizures(seizureKinds, quantities, units));
			this.cases.record(actor.scope(), actor.officerId(), id, outcome);
			return "/cases/" + id;
		}, () -> page(current, form, model), model, response, redirect);
	}

	private String page(CaseView view, Model model) {
		return page(view, CaseForm.of(view, LocaleContextHolder.getLocale()), model);
	}

	private String page(CaseView view, CaseForm form, Model model) {
		model.addAttribute("theCase", view);
		model.addAttribute("form", form);
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("seizureKinds", SeizureKind.values());
		model.addAttribute("seizureKindNames", java.util.Arrays.stream(SeizureKind.values()).map(Enum::name).toList());
		model.addAttribute("units", CaseForm.UNITS);
		return "mailbox/case";
	}

	private static Integer number(String text) {
		try {
			return Integer.valueOf(text.strip().isEmpty() ? "0" : text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("arrests", "mailbox.case.error.arrests", 10000);
		}
	}

	/**
	 * Rows left blank are ignored; a row with a quantity but no kind is refused (by the
	 * rules), and so is a quantity that is not a number.
	 */
	static List<CaseOutcome.SeizureDraft> seizures(List<String> kinds, List<String> quantities, List<String> units) {
		List<CaseOutcome.SeizureDraft> drafts = new ArrayList<>();
		int rows = (kinds != null) ? kinds.size() : 0;
		for (int i = 0; i < rows; i++) {
			String kind = kinds.get(i).strip();
			String quantity = CaseForm.plain((quantities != null && i < quantities.size()) ? quantities.get(i) : "");
			String unit = (units != null && i < units.size()) ? units.get(i) : null;
			if (kind.isEmpty() && quantity.isEmpty()) {
				continue;
			}
			try {
				drafts.add(new CaseOutcome.SeizureDraft(kind, new BigDecimal(quantity.replace(',', '.')), unit));
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of("seizures", "mailbox.case.error.quantity", drafts.size() + 1);
			}
		}
		return drafts;
	}

}
