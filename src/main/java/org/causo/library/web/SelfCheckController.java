package org.causo.library.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.causo.library.Question;
import org.causo.library.QuestionBank;
import org.causo.library.Quiz;
import org.causo.library.SelfCheck;
import org.causo.shared.InvalidInputException;
import org.causo.shared.NotFoundException;
import org.causo.shared.web.FormErrors;
import org.causo.shared.web.ReportersPages;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The residents' "check yourself", without login, cookie or JavaScript: one question per
 * page, the answer marked at once with the right options shown, then the next. It is
 * served like a reporter's page (no log line, no metric, no session): only counts per
 * option and day are kept.
 */
@Controller
@ReportersPages
class SelfCheckController {

	private static final String VIEW = "library/quiz-check";

	private final SelfCheck checks;

	private final QuestionBank bank;

	SelfCheckController(SelfCheck checks, QuestionBank bank) {
		this.checks = checks;
		this.bank = bank;
	}

	/**
	 * Not a mailbox page: the demo's note speaks of invented content, not of tips (the
	 * self-check is not under the offline reader, which keeps reading pages only).
	 */
	@ModelAttribute("readingPage")
	boolean readingPage() {
		return true;
	}

	@GetMapping("/check/{id}")
	String first(@PathVariable long id, Model model) {
		return question(id, 1, model);
	}

	@GetMapping("/check/{id}/{number}")
	String question(@PathVariable long id, @PathVariable int number, Model model) {
		Quiz quiz = this.checks.quiz(id);
		List<Question> questions = this.checks.questions(id);
		if (number < 1 || number > questions.size()) {
			throw new NotFoundException("self-check question " + number);
		}
		model.addAttribute("quiz", quiz);
		model.addAttribute("total", questions.size());
		model.addAttribute("number", number);
		model.addAttribute("question", questions.get(number - 1));
		return VIEW;
	}

	@PostMapping("/check/{id}/{number}")
	String answer(@PathVariable long id, @PathVariable int number,
			@RequestParam(name = "answer", required = false) List<String> answer, Model model,
			HttpServletResponse response) {
		Quiz quiz = this.checks.quiz(id);
		List<Question> questions = this.checks.questions(id);
		try {
			model.addAttribute("answered", this.checks.answer(id, number, chosen(answer)));
		}
		catch (InvalidInputException ex) {
			String page = question(id, number, model);
			FormErrors.show(ex, model, response);
			return page;
		}
		model.addAttribute("quiz", quiz);
		model.addAttribute("total", questions.size());
		model.addAttribute("number", number);
		if (number < questions.size()) {
			model.addAttribute("question", questions.get(number));
			model.addAttribute("next", number + 1);
		}
		return VIEW;
	}

	private static List<Integer> chosen(List<String> answer) {
		List<Integer> chosen = new ArrayList<>();
		for (String a : (answer != null) ? answer : List.<String>of()) {
			if (!a.matches("\\d{1,2}")) {
				throw InvalidInputException.of("answer", "quiz.check.error.choose");
			}
			chosen.add(Integer.parseInt(a));
		}
		return chosen;
	}

	/** A question's picture: cleaned at upload, the same for everyone, cached a day. */
	@GetMapping("/check/pictures/{questionId}")
	ResponseEntity<byte[]> picture(@PathVariable long questionId) {
		return this.bank.picture(questionId)
			.map((p) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(p.contentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(p.bytes()))
			.orElseThrow(() -> new NotFoundException("picture " + questionId));
	}

}
