package org.causo.mailbox.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.mailbox.Mailbox;
import org.causo.mailbox.Mailboxes;
import org.causo.mailbox.Questions;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The commander's page for what a mailbox's form asks. It works without JavaScript: the
 * post's own questions are rows of one form, with one empty row to add a question.
 */
@Controller
@PreAuthorize(Allowed.COMMAND)
class QuestionsController {

	private final Mailboxes mailboxes;

	QuestionsController(Mailboxes mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping("/mailboxes/{id}/questions")
	String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		Mailbox mailbox = this.mailboxes.get(actor.scope(), actor.officerId(), id);
		return page(mailbox, mailbox.questions(), model);
	}

	@PostMapping("/mailboxes/{id}/questions")
	String save(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Mailbox mailbox = this.mailboxes.get(actor.scope(), actor.officerId(), id);
		Questions draft = draft(params);
		return FormErrors.saveOrShow(() -> {
			this.mailboxes.setQuestions(actor.scope(), id, draft);
			return "/mailboxes/" + id + "/questions";
		}, () -> page(mailbox, draft, model), model, response, redirect);
	}

	private static String page(Mailbox mailbox, Questions questions, Model model) {
		List<Questions.Custom> rows = new ArrayList<>(questions.custom());
		if (rows.size() < Questions.MAX_CUSTOM) {
			rows.add(new Questions.Custom("", Questions.Type.SHORT, false, Map.of()));
		}
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("questions", questions);
		model.addAttribute("rows", rows);
		model.addAttribute("modes", Questions.Mode.values());
		model.addAttribute("types", Questions.Type.values());
		model.addAttribute("languages", Questions.LANGUAGES);
		return "mailbox/questions";
	}

	/**
	 * The form's fields as a draft; an empty row or a row marked for removal is left out.
	 */
	private static Questions draft(MultiValueMap<String, String> params) {
		List<Questions.Custom> custom = new ArrayList<>();
		for (int i = 0; params.containsKey("c" + i + "_type"); i++) {
			String prefix = "c" + i + "_";
			Map<String, String> labels = new LinkedHashMap<>();
			for (String language : Questions.LANGUAGES) {
				String label = params.getFirst(prefix + language);
				if (label != null && !label.isBlank()) {
					labels.put(language, label);
				}
			}
			String questionId = params.getFirst(prefix + "id");
			boolean empty = labels.isEmpty() && (questionId == null || questionId.isEmpty());
			if (!empty && !params.containsKey(prefix + "remove")) {
				custom
					.add(new Questions.Custom(questionId, parse(Questions.Type.class, params.getFirst(prefix + "type")),
							params.containsKey(prefix + "required"), labels));
			}
		}
		List<String> categories = params.getOrDefault("categories", List.of());
		return new Questions(categories, parse(Questions.Mode.class, params.getFirst("when")),
				parse(Questions.Mode.class, params.getFirst("where")),
				parse(Questions.Mode.class, params.getFirst("files")), custom);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return (value != null) ? Enum.valueOf(type, value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
