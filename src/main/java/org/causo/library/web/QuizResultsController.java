package org.causo.library.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.causo.library.AssessmentResults;
import org.causo.library.QuizResults;
import org.causo.shared.Actor;
import org.causo.shared.web.Allowed;
import org.causo.shared.web.DownloadRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A quiz's results in the viewer's scope: per post, per officer, and each question's
 * statistics, as a page, JSON and a file. Names go to those who command (administrators
 * and post commanders); everyone else, the analyst included, gets figures only.
 */
@Controller
@Tag(name = "Library: assessments", description = "Quiz results per post and officer, and item statistics")
@PreAuthorize(Allowed.FIGURES)
class QuizResultsController {

	private final AssessmentResults results;

	QuizResultsController(AssessmentResults results) {
		this.results = results;
	}

	@GetMapping("/quizzes/{id}/results")
	String page(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request, Model model) {
		model.addAttribute("results", this.results.of(actor.scope(), id, withNames(request)));
		model.addAttribute("withNames", withNames(request));
		return "library/quiz-results";
	}

	@GetMapping("/api/library/quizzes/{id}/results")
	@ResponseBody
	@Operation(summary = "Who passed, failed or has not taken a quiz, per post (and per officer for commanders), "
			+ "with each question's facility and discrimination indices over first attempts")
	QuizResults json(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
		return this.results.of(actor.scope(), id, withNames(request));
	}

	@GetMapping({ "/quizzes/{id}/results/export", "/api/library/quizzes/{id}/results/export" })
	@Operation(summary = "A quiz's results: per officer for commanders, per post for others",
			description = DownloadRequest.FORMATS)
	void export(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request,
			DownloadRequest download, Locale locale) {
		this.results.export(actor.scope(), id, withNames(request), download.named("quiz-results"), locale);
	}

	/** Names for administrators and post commanders only. */
	static boolean withNames(HttpServletRequest request) {
		return request.isUserInRole("PROVINCE_ADMIN") || request.isUserInRole("POST_COMMANDER");
	}

}
