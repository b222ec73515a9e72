package org.causo.library.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.library.QuestionBank;
import org.causo.library.QuestionKind;
import org.causo.library.QuizTopic;
import org.causo.shared.Languages;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The question bank's editor: the province's administrators add, edit and retire the
 * questions every post's assessment draws from.
 */
@Controller
@PreAuthorize(Allowed.ADMINS)
class QuestionBankController {

	private static final String FORM = "library/quiz-question";

	private final QuestionBank bank;

	QuestionBankController(QuestionBank bank) {
		this.bank = bank;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("topics", QuizTopic.values());
		model.addAttribute("languages", Languages.codes());
	}

	@GetMapping("/admin/quiz/questions")
	String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String language,
			Model model) {
		QuizTopic t = QuestionForm.parse(QuizTopic.class, topic, "topic", "quiz.question.error.topic");
		String lang = (language != null && Languages.of(language).isPresent()) ? language : null;
		model.addAttribute("questions", this.bank.list(t, lang, true));
		model.addAttribute("topic", t);
		model.addAttribute("language", lang);
		return "library/quiz-bank";
	}

	@GetMapping("/admin/quiz/questions/new")
	String create(Model model) {
		model.addAttribute("form", QuestionForm.empty());
		return FORM;
	}

	@GetMapping("/admin/quiz/questions/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("question", this.bank.get(id));
		model.addAttribute("form", QuestionForm.of(this.bank.get(id)));
		return FORM;
	}

	@PostMapping("/admin/quiz/questions")
	String add(QuestionForm form, @RequestParam(required = false) MultipartFile picture, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		model.addAttribute("form", form.padded());
		return FormErrors.saveOrShow(() -> "/admin/quiz/questions/" + this.bank.add(form.draft(bytes(picture))).id(),
				() -> FORM, model, response, redirect);
	}

	@PostMapping("/admin/quiz/questions/{id}")
	String update(@PathVariable long id, QuestionForm form, @RequestParam(required = false) MultipartFile picture,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		model.addAttribute("question", this.bank.get(id));
		model.addAttribute("form", form.padded());
		return FormErrors.saveOrShow(
				() -> "/admin/quiz/questions/" + this.bank.update(id, form.draft(bytes(picture))).id(), () -> FORM,
				model, response, redirect);
	}

	@PostMapping("/admin/quiz/questions/{id}/retire")
	String retire(@PathVariable long id, @RequestParam boolean retired, RedirectAttributes redirect) {
		this.bank.retire(id, retired);
		return FormErrors.saved(redirect, "/admin/quiz/questions/" + id);
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		return (file != null && !file.isEmpty()) ? file.getBytes() : null;
	}

}
