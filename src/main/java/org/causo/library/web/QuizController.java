package org.causo.library.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.library.Assessments;
import org.causo.library.GuideReader;
import org.causo.library.Attempt;
import org.causo.library.QuizTopic;
import org.causo.shared.Actor;
import org.causo.shared.InvalidInputException;
import org.causo.shared.Languages;
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
 * Officers take the assessments: the list, a quiz's rules and their attempts, one page of
 * questions (a plain form, no JavaScript), and the result. Administrators set quizzes up.
 */
@Controller
@PreAuthorize(Allowed.FIELD)
class QuizController {

	private final Assessments assessments;

	private final GuideReader guides;

	QuizController(Assessments assessments, GuideReader guides) {
		this.assessments = assessments;
		this.guides = guides;
	}

	@GetMapping("/quizzes")
	@PreAuthorize(Allowed.FIGURES)
	String list(Model model) {
		model.addAttribute("quizzes", this.assessments.quizzes(false));
		model.addAttribute("checks", this.assessments.quizzes(true));
		return "library/quiz-list";
	}

	@GetMapping("/admin/quizzes/new")
	@PreAuthorize(Allowed.ADMINS)
	String create(Model model) {
		model.addAttribute("form", QuizForm.empty());
		return form(model);
	}

	@PostMapping("/admin/quizzes")
	@PreAuthorize(Allowed.ADMINS)
	String save(QuizForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("form", form);
		return FormErrors.saveOrShow(() -> "/quizzes/" + this.assessments.create(form.draft()).id(), () -> form(model),
				model, response, redirect);
	}

	@GetMapping("/quizzes/{id}")
	String quiz(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("standing", this.assessments.standing(id, actor.officerId()));
		return "library/quiz";
	}

	@PostMapping("/quizzes/{id}/attempts")
	String start(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
		Long post = actor.scope().postIds().stream().findFirst().orElse(null);
		return "redirect:/quizzes/attempts/" + this.assessments.start(id, actor.officerId(), post).id();
	}

	@GetMapping("/quizzes/attempts/{id}")
	String attempt(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
		Attempt attempt = this.assessments.attempt(id, actor.officerId());
		model.addAttribute("attempt", attempt);
		model.addAttribute("quiz", this.assessments.quiz(attempt.quizId()));
		model.addAttribute("questions", this.assessments.questions(attempt));
		return attempt.open() ? "library/quiz-attempt" : "library/quiz-result";
	}

	/**
	 * The answers: {@code q<question id>} with the chosen option positions, one value
	 * each.
	 */
	@PostMapping("/quizzes/attempts/{id}")
	String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		try {
			Map<Long, List<Integer>> answers = answers(form);
			model.addAttribute("chosen", answers);
			this.assessments.submit(id, actor.officerId(), answers);
			return "redirect:/quizzes/attempts/" + id;
		}
		catch (InvalidInputException ex) {
			// the attempt stays open and the page comes back with what was ticked
			String page = attempt(actor, id, model);
			FormErrors.show(ex, model, response);
			return page;
		}
	}

	static Map<Long, List<Integer>> answers(MultiValueMap<String, String> form) {
		Map<Long, List<Integer>> answers = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.matches("q\\d{1,18}")) {
				List<Integer> chosen = new ArrayList<>();
				for (String v : values) {
					if (!v.matches("\\d{1,2}")) {
						throw InvalidInputException.of("answers", "quiz.error.badOption");
					}
					chosen.add(Integer.parseInt(v));
				}
				answers.put(Long.parseLong(name.substring(1)), chosen);
			}
		});
		return answers;
	}

	private String form(Model model) {
		model.addAttribute("topics", QuizTopic.values());
		model.addAttribute("guides", this.guides.published(Languages.VIETNAMESE.getLanguage()));
		model.addAttribute("languages", Languages.codes());
		return "library/quiz-form";
	}

}
